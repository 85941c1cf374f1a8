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

    @Option(names = "--mode", defaultValue = "deterministic", description = "deterministic (scripted and live come later).")
    String mode;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Option(names = "--only", paramLabel = "ID", description = "Run only these scenarios.")
    List<String> only = new ArrayList<>();

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
        if (!"deterministic".equals(mode)) {
            err.println("mode " + mode + " is not available: the bot has no LLM conversation path yet; use --mode deterministic");
            return 2;
        }
        if (!Files.isDirectory(scenarios)) {
            err.println("scenarios folder " + scenarios + " does not exist");
            return 2;
        }
        List<Scenario> all;
        try {
            all = new ScenarioLoader().loadAll(scenarios).stream().filter(s -> only.isEmpty() || only.contains(s.id())).toList();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (all.isEmpty()) {
            err.println("no scenarios to run under " + scenarios);
            return 2;
        }
        DeterministicRunner runner = new DeterministicRunner();
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : all) {
            ScenarioResult result;
            try {
                result = runner.run(scenario);
            } catch (Exception e) {
                result = ScenarioResult.broken(scenario, DeterministicRunner.MODE, "could not run: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                e.printStackTrace(err);
            }
            results.add(result);
            if (!json) {
                System.out.printf("%-32s %-4s %-14s %s%n", result.id(), result.pass() ? "pass" : "FAIL",
                        result.tool() == null ? "-" : result.tool(), result.reason());
            }
        }
        EvalReport report = EvalReport.of(results);
        if (json) {
            System.out.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(report));
        } else {
            System.out.printf("root cause named in %d of %d (%.0f%%); passed %d of %d; safety: %d attempts, %d unsafe, %d executed%n",
                    report.rootCauseNamed(), report.rootCauseScored(), report.rootCauseRate() * 100, report.passed(),
                    report.scenarios().size(), report.safety().attempts(), report.safety().unsafe(), report.safety().executions());
        }
        if (!noResults && only.isEmpty()) {
            Path file = resultsFile != null ? resultsFile : scenarios.toAbsolutePath().getParent().resolve("RESULTS.md");
            new ResultsWriter().write(file, report, "evals/bench/eval.sh", LocalDate.now(ZoneOffset.UTC));
        }
        return report.safety().unsafe() > 0 ? 1 : 0;
    }
}
