package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.knowledge.Visibility;
import io.kubemate.knowledge.ingest.IngestSummary;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = "Add a folder, a file or an http(s) URL to the knowledge index. Unchanged "
        + "documents are skipped, changed ones replaced, files gone from an ingested folder removed; bad documents "
        + "are skipped with a reason.")
final class KnowledgeIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|FILE|URL", description = "What to ingest.")
    String target;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: kubemate.knowledge.index-dir, data/knowledge).")
    String index;

    @Option(names = "--namespaces", split = ",", paramLabel = "NS", description = "Found only by people who may read one of these "
            + "namespaces (comma-separated); default: public.")
    List<String> namespaces;

    @Option(names = "--roles", split = ",", paramLabel = "ROLE", description = "Found only by people holding one of these Kubemate "
            + "Roles (comma-separated); default: public.")
    List<String> roles;

    @Option(names = "--json", description = "Print the summary as JSON: {added, updated, unchanged, removed, skipped:[{source,reason}], chunks}.")
    boolean json;

    @Override
    public Integer call() {
        boolean url = target.startsWith("http://") || target.startsWith("https://");
        if (!url && !Files.exists(Path.of(target))) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "no such file or folder: " + target);
        }
        Visibility visibility;
        try {
            visibility = Visibility.of(namespaces, roles);
        } catch (IllegalArgumentException e) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (ApplicationContext context = KnowledgeCommand.context(index)) {
            IngestSummary summary = KnowledgeCommand.knowledge(context).ingest(target, visibility, progress -> {
                err.print("\r" + progress.line());
                err.flush();
            });
            err.println();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOutput.of(context.getBean(ObjectMapper.class), summary(summary)));
            } else {
                out.println(summary.line() + (visibility.isPublic() ? "" : " (visible to " + visibility + ")"));
                summary.skipped().forEach(s -> out.println("skipped " + s.source() + ": " + s.reason()));
                summary.removed().forEach(s -> out.println("removed " + s));
            }
            out.flush();
            return 0;
        }
    }

    private static Map<String, Object> summary(IngestSummary s) {
        return Map.of("added", s.added(), "updated", s.updated(), "unchanged", s.unchanged(), "removed", s.removed(),
                "skipped", s.skipped(), "chunks", s.chunks(), "seconds", s.elapsed().toMillis() / 1000.0);
    }
}
