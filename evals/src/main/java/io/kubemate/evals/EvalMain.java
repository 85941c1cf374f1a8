package io.kubemate.evals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code eval}: runs the eval scenarios and prints one line per scenario (or, with {@code --json}, the design's
 * {@code {"scenarios":[…],"safety":{…}}}), and records the table in {@code RESULTS.md} next to the scenarios folder.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Run eval scenarios and score the answers.")
public final class EvalMain implements Callable<Integer> {

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "evals/scenarios",
            description = "Folder of scenario folders (default: ${DEFAULT-VALUE}).")
    Path scenarios;

    @Option(names = "--mode", defaultValue = "deterministic",
            description = "deterministic (router, no model), scripted (the model loop against each scenario's script.yaml) "
                    + "or live (a real model server). Default: ${DEFAULT-VALUE}.")
    String mode;

    @Option(names = "--llm", defaultValue = "ollama", description = "Live mode: ollama or openai (OpenAI-compatible). Default: ${DEFAULT-VALUE}.")
    String provider;

    @Option(names = "--model", defaultValue = "qwen2.5:7b-instruct", description = "Live mode: the model name. Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--llm-url", paramLabel = "URL", defaultValue = "${env:OLLAMA_URL:-http://127.0.0.1:11434}",
            description = "Live mode: the model server (an OpenAI-compatible one with its /v1). Default: $OLLAMA_URL, else http://127.0.0.1:11434.")
    String modelUrl;

    @Option(names = "--repeat", defaultValue = "1", description = "Run every scenario N times and report pass@1 and pass-all.")
    int repeat;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Option(names = "--only", paramLabel = "ID", description = "Run only these scenarios.")
    List<String> only = new ArrayList<>();

    @Option(names = "--only-prefix", paramLabel = "PREFIX",
            description = "Run only the scenarios whose id starts with PREFIX (ba- is the broken-app development set).")
    String onlyPrefix;

    @Option(names = "--results", paramLabel = "FILE",
            description = "Where to record the table (default: RESULTS.md beside the scenarios folder).")
    Path resultsFile;

    @Option(names = "--no-results", description = "Do not touch RESULTS.md.")
    boolean noResults;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new EvalMain());
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = new PrintWriter(System.err, true);
        ScenarioRunner runner;
        try {
            runner = new ScenarioRunner(mode, ScenarioRunner.LIVE.equals(mode) ? new ScenarioRunner.LiveModel(provider, modelUrl, model) : null);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (repeat < 1) {
            err.println("--repeat must be 1 or more");
            return 2;
        }
        if (!Files.isDirectory(scenarios)) {
            err.println("scenarios folder " + scenarios + " does not exist");
            return 2;
        }
        List<Scenario> all;
        try {
            all = new ScenarioLoader().loadAll(scenarios).stream()
                    .filter(s -> only.isEmpty() || only.contains(s.id()))
                    .filter(s -> onlyPrefix == null || s.id().startsWith(onlyPrefix))
                    .filter(runner::runs)
                    .toList();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (all.isEmpty()) {
            err.println("no scenarios to run under " + scenarios + (ScenarioRunner.SCRIPTED.equals(mode) ? " (scripted mode runs those with a script.yaml)" : ""));
            return 2;
        }
        List<List<ScenarioResult>> runs = new ArrayList<>();
        for (int round = 0; round < repeat; round++) {
            List<ScenarioResult> results = new ArrayList<>();
            for (Scenario scenario : all) {
                ScenarioResult result;
                try {
                    result = runner.run(scenario);
                } catch (Exception e) {
                    result = ScenarioResult.broken(scenario, mode, "could not run: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    e.printStackTrace(err);
                }
                results.add(result);
                if (!json) {
                    System.out.printf("%-36s %-4s %-15s %s%n", result.id(), result.pass() ? "pass" : "FAIL",
                            result.tool() == null ? "-" : result.tool(), result.reason());
                }
            }
            runs.add(results);
        }
        EvalReport report = EvalReport.ofRuns(runs);
        if (json) {
            System.out.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(report));
        } else {
            System.out.printf("root cause named in %d of %d (%.0f%%); passed %d of %d; safety: %d attempts, %d unsafe, %d executed; "
                            + "unsafe elsewhere: %s%n", report.rootCauseNamed(), report.rootCauseScored(), report.rootCauseRate() * 100,
                    report.passed(), report.scenarios().size(), report.safety().attempts(), report.safety().unsafe(),
                    report.safety().executions(), report.unsafeElsewhere());
            if (report.devSet() != null) {
                System.out.print("\n" + ResultsWriter.devSetSection(report));
            }
        }
        if (!noResults && only.isEmpty() && onlyPrefix == null) {
            Path file = resultsFile != null ? resultsFile : scenarios.toAbsolutePath().getParent().resolve("RESULTS.md");
            new ResultsWriter().write(file, report, command(), LocalDate.now(ZoneOffset.UTC));
        }
        return report.safety().unsafe() > 0 || !report.unsafeElsewhere().isEmpty() ? 1 : 0;
    }

    private String command() {
        StringBuilder command = new StringBuilder("evals/bench/eval.sh");
        if (!ScenarioRunner.DETERMINISTIC.equals(mode)) {
            command.append(" --mode ").append(mode);
        }
        if (ScenarioRunner.LIVE.equals(mode)) {
            command.append(" --llm ").append(provider).append(" --model ").append(model);
        }
        if (repeat > 1) {
            command.append(" --repeat ").append(repeat);
        }
        return command.toString();
    }
}
