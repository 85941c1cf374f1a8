package io.kubemate.knowledge.ingest;

import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.Visibility;
import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.knowledge.store.EmbeddedChunk;
import io.kubemate.knowledge.store.KnowledgeStore;
import io.kubemate.knowledge.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Ingests a folder, a file or a URL into a store, one document at a time: each document is committed on its
 * own, so a bad one is skipped with its reason and a crash leaves whole documents only. Unchanged content
 * (same hash) is skipped; a folder's files that are gone are removed from the index.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
    private static final String PIPELINE = "kubemate-chunker-1";

    private final KnowledgeStore store;
    private final Embedder embedder;
    private final IngestOptions options;
    private final DocumentReader reader;
    private final Extractors extractors = new Extractors();
    private final Chunker chunker;

    public Ingestor(KnowledgeStore store, Embedder embedder, IngestOptions options) {
        this.store = store;
        this.embedder = embedder;
        this.options = options;
        this.reader = new DocumentReader(options);
        this.chunker = new Chunker(options.chunkChars());
    }

    /** {@code target} is an http(s) URL, a folder (walked recursively) or a file. */
    public IngestSummary ingest(String target, Consumer<Progress> progress) {
        return ingest(target, Visibility.PUBLIC, progress);
    }

    /** {@link #ingest(String, Consumer)} for the audience {@code visibility} names. */
    public IngestSummary ingest(String target, Visibility visibility, Consumer<Progress> progress) {
        if (target.startsWith("http://") || target.startsWith("https://")) {
            Run run = new Run(1, visibility, progress);
            run.one(target, () -> reader.fetch(target));
            return run.summary();
        }
        return ingest(Path.of(target), visibility, progress);
    }

    public IngestSummary ingest(Path path, Consumer<Progress> progress) {
        return ingest(path, Visibility.PUBLIC, progress);
    }

    public IngestSummary ingest(Path path, Visibility visibility, Consumer<Progress> progress) {
        if (Files.isDirectory(path)) {
            return folder(path, sourceOf(path), visibility, progress);
        }
        Run run = new Run(1, visibility, progress);
        if (!Files.exists(path)) {
            run.skip(sourceOf(path), "no such file or folder");
        } else {
            String source = sourceOf(path);
            run.one(source, () -> reader.read(path, source));
        }
        return run.summary();
    }

    /**
     * Ingests every file under {@code folder}, naming each {@code sourcePrefix + "/" + relative path}; stored
     * sources under that prefix whose file is gone are removed.
     */
    public IngestSummary folder(Path folder, String sourcePrefix, Consumer<Progress> progress) {
        return folder(folder, sourcePrefix, Visibility.PUBLIC, progress);
    }

    public IngestSummary folder(Path folder, String sourcePrefix, Visibility visibility, Consumer<Progress> progress) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !folder.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            Run run = new Run(0, visibility, progress);
            run.skip(sourcePrefix, "cannot list the folder: " + e.getMessage());
            return run.summary();
        }
        SequencedMap<String, Fetch> members = new LinkedHashMap<>();
        for (Path file : files) {
            String source = sourcePrefix + "/" + folder.relativize(file).toString().replace('\\', '/');
            members.put(source, () -> reader.read(file, source));
        }
        return set(members, sourcePrefix, visibility, progress, folder.toString());
    }

    /**
     * As {@link #folder}, for texts held in memory (the runbooks bundled in the jar), named by their path relative
     * to the set: each is stored as {@code sourcePrefix + "/" + name}.
     */
    public IngestSummary texts(SequencedMap<String, String> texts, String sourcePrefix, Consumer<Progress> progress) {
        SequencedMap<String, Fetch> members = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            String source = sourcePrefix + "/" + name;
            members.put(source, () -> reader.read(name.substring(name.lastIndexOf('/') + 1),
                    text.getBytes(StandardCharsets.UTF_8), source));
        });
        return set(members, sourcePrefix, Visibility.PUBLIC, progress, sourcePrefix);
    }

    /** Stores each member by its source, then removes the stored sources under the prefix that are not members. */
    private IngestSummary set(SequencedMap<String, Fetch> members, String sourcePrefix, Visibility visibility,
                              Consumer<Progress> progress, String where) {
        Run run = new Run(members.size(), visibility, progress);
        members.forEach(run::one);
        for (String stored : store.sources()) {
            if (stored.startsWith(sourcePrefix + "/") && !members.containsKey(stored)) {
                store.remove(stored);
                run.removed.add(stored);
                LOG.info("removed {} (gone from {})", stored, where);
            }
        }
        return run.summary();
    }

    private static String sourceOf(Path path) {
        return path.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    private interface Fetch {
        SourceDocument get() throws SkippedException;
    }

    /** The counters and progress of one ingest. */
    private final class Run {
        private final int total;
        private final Visibility visibility;
        private final Consumer<Progress> progress;
        private final long started = System.nanoTime();
        private final List<String> added = new ArrayList<>();
        private final List<String> updated = new ArrayList<>();
        private final List<String> unchanged = new ArrayList<>();
        private final List<String> removed = new ArrayList<>();
        private final List<IngestSummary.Skipped> skipped = new ArrayList<>();
        private long chunks;
        private long embeddingNanos;
        private int done;

        Run(int total, Visibility visibility, Consumer<Progress> progress) {
            this.total = total;
            this.visibility = visibility;
            this.progress = progress;
        }

        void one(String source, Fetch fetch) {
            try {
                SourceDocument doc = fetch.get();
                String hash = hash(doc.bytes(), visibility);
                Optional<String> before = store.hashOf(source);
                if (before.isPresent() && before.get().equals(hash)) {
                    unchanged.add(source);
                } else {
                    store(doc, hash);
                    (before.isPresent() ? updated : added).add(source);
                }
            } catch (SkippedException e) {
                skip(source, e.getMessage());
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                // an extractor's bug on one odd file must not cost the rest of the batch
                LOG.warn("skipping {}: {}", source, e.toString());
                skip(source, "failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            tick(source);
        }

        private void store(SourceDocument doc, String hash) throws SkippedException {
            ParsedDocument parsed = extractors.extract(doc);
            List<Chunk> pieces = chunker.chunk(parsed, shortHash(doc.source())).stream().map(c -> c.withVisibility(visibility)).toList();
            long t0 = System.nanoTime();
            List<float[]> vectors = embedder.embedAll(pieces.stream().map(Chunk::embeddingText).toList());
            embeddingNanos += System.nanoTime() - t0;
            List<EmbeddedChunk> embedded = new ArrayList<>(pieces.size());
            for (int i = 0; i < pieces.size(); i++) {
                embedded.add(new EmbeddedChunk(pieces.get(i), vectors.get(i)));
            }
            store.replace(doc.source(), hash, embedded);
            chunks += pieces.size();
        }

        void skip(String source, String reason) {
            skipped.add(new IngestSummary.Skipped(source, reason));
            LOG.info("skipped {}: {}", source, reason);
        }

        private void tick(String source) {
            done++;
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            double rate = done / seconds;
            Duration eta = Duration.ofSeconds(Math.round(Math.max(0, total - done) / Math.max(rate, 1e-9)));
            Progress now = new Progress(done, total, chunks, rate, eta, source);
            if (done % 50 == 0 || done == total) {
                LOG.info("ingest: {}", now.line());
            }
            progress.accept(now);
        }

        IngestSummary summary() {
            store.commit();
            return new IngestSummary(added, updated, unchanged, removed, skipped, chunks,
                    Duration.ofNanos(System.nanoTime() - started), Duration.ofNanos(embeddingNanos));
        }
    }

    /** Covers the visibility too: re-ingesting unchanged content for another audience re-stores it. */
    private String hash(byte[] bytes, Visibility visibility) {
        MessageDigest digest = sha256();
        String pipeline = PIPELINE + ":" + options.chunkChars() + ":" + embedder.name() + ":"
                + (visibility.isPublic() ? "" : visibility + ":");
        digest.update(pipeline.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    private static String shortHash(String source) {
        return HexFormat.of().formatHex(sha256().digest(source.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
