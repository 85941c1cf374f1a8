package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "inspect", description = "Run every analyzer and report the findings.")
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = {"--namespace", "-n"}, paramLabel = "NS", description = "Inspect one namespace (default: all).")
    String namespace;

    @Option(names = "--json", description = "Print {\"findings\":[{severity, kind, namespace, name, problem, evidence, …}]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return OneShot.print(spec, cluster.lenient(), context -> {
            Outcome<InspectionReport> outcome = context.getBean(InspectionRunner.class).run(Subject.ownCredentials(), namespace);
            InspectionReport report = switch (outcome) {
                case Outcome.Ok<InspectionReport> ok -> ok.value();
                case Outcome.Failure<InspectionReport> f when f.kind() == Outcome.FailureKind.UNAVAILABLE ->
                        throw new ChatFailure(ChatFailure.Kind.BACKEND_UNAVAILABLE, f.reason());
                case Outcome.Failure<InspectionReport> f -> throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, f.reason());
                case Outcome.Forbidden<InspectionReport> f -> throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, f.reason());
                case Outcome.NoData<InspectionReport> none -> new InspectionReport(namespace, java.util.List.of());
            };
            return json ? JsonOutput.of(context.getBean(ObjectMapper.class), Map.of("findings", report.findings()))
                    : report.markdown();
        });
    }
}
