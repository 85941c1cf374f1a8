package io.kubemate.evals.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders the retrieval eval indexes: the bundled runbooks ({@code knowledge/runbooks}, or the seed
 * stand-ins in {@code evals/knowledge/seed-runbooks} while that folder is empty) and the generic Kubernetes
 * docs of {@code evals/knowledge/k8s-docs} when present.
 */
public final class EvalCorpus {

    private EvalCorpus() {
    }

    /** {@code root} is the repository root. */
    public static List<Path> folders(Path root) throws IOException {
        List<Path> folders = new ArrayList<>();
        Path bundled = root.resolve("knowledge/runbooks");
        folders.add(hasMarkdown(bundled) ? bundled : root.resolve("evals/knowledge/seed-runbooks"));
        Path docs = root.resolve("evals/knowledge/k8s-docs");
        if (hasMarkdown(docs)) {
            folders.add(docs);
        }
        return folders;
    }

    private static boolean hasMarkdown(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.toString().endsWith(".md"));
        }
    }
}
