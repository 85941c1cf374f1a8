package io.kubemate.bot.cli;

import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.inspect.InspectionLifecycle;
import io.kubemate.bot.inspect.InspectionReportFile;
import io.kubemate.bot.inspect.ReportFile;
import io.kubemate.bot.inspect.ReportFormat;
import io.kubemate.bot.inspect.TrackedReport;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs every analyzer and prints or writes the report, rendered as the HTTP download renders it; with a sandbox
 * cluster the history is empty, so every finding is new.
 */
@Command(name = "inspect", description = "Run every analyzer and report the findings.")
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = {"--namespace", "-n"}, paramLabel = "NS", description = "Inspect one namespace (default: all).")
    String namespace;

    @Option(names = "--format", paramLabel = "FORMAT", description = "html, md (default) or json.")
    String format;

    @Option(names = "--json", description = "Same as --format json: {\"cluster\", \"findings\":[{severity, kind, namespace, name, problem, evidence, …}]}.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (atomically) and print its path.")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the HTML and Markdown report (default en).")
    String lang;

    @Override
    public Integer call() throws Exception {
        ReportFormat wanted = json ? ReportFormat.JSON : format == null ? ReportFormat.MARKDOWN : ReportFormat.of(format)
                .orElseThrow(() -> new ChatFailure(ChatFailure.Kind.BAD_INPUT,
                        "--format must be " + ReportFormat.choices() + ", not '" + format + "'"));
        if (json && format != null && ReportFormat.of(format).filter(f -> f == ReportFormat.JSON).isEmpty()) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "--json means --format json; give one of them");
        }
        if (out != null) {
            ReportFiles.checkWritable(out);
        }
        Language language = lang == null ? Language.EN : Language.ofCode(lang);
        return OneShot.print(spec, cluster.lenient(), context -> {
            Outcome<InspectionReport> outcome = context.getBean(InspectionRunner.class).run(Subject.ownCredentials(), namespace);
            InspectionReport report = switch (outcome) {
                case Outcome.Ok<InspectionReport> ok -> ok.value();
                case Outcome.Failure<InspectionReport> f when f.kind() == Outcome.FailureKind.UNAVAILABLE ->
                        throw new ChatFailure(ChatFailure.Kind.BACKEND_UNAVAILABLE, f.reason());
                case Outcome.Failure<InspectionReport> f -> throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, f.reason());
                case Outcome.Forbidden<InspectionReport> f -> throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, f.reason());
                case Outcome.NoData<InspectionReport> none -> new InspectionReport(namespace, List.of());
            };
            String clusterName = context.getBean(ClusterAccess.class).name();
            TrackedReport tracked = context.getBean(InspectionLifecycle.class).track(clusterName, Subject.ownCredentials().user(), report);
            ReportFile file = context.getBean(InspectionReportFile.class)
                    .render(tracked, wanted, clusterName, context.getBean(Clock.class).instant(), language);
            if (out == null) {
                return new String(file.content(), StandardCharsets.UTF_8).stripTrailing();
            }
            return ReportFiles.write(out, file.content()).toString();
        });
    }
}
