package io.kubemate.knowledge.store;

import io.kubemate.knowledge.Audience;
import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.SearchHit;
import io.kubemate.knowledge.Visibility;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded store: a Lucene index on disk with BM25 over title, heading and text and an HNSW vector
 * field, fused by reciprocal rank. One {@link IndexWriter} (writes serialised, each document atomic, committed
 * in the background at most once a second and at the end of an ingest) and a {@link SearcherManager} make it safe
 * to share between threads; the model name is kept in the commit data so that vectors of two models never mix.
 */
public final class LuceneStore implements KnowledgeStore {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneStore.class);
    private static final String META = "meta.";
    private static final String VISIBILITY = "visibility";
    private static final String RESTRICTED = "restricted";
    private static final int CANDIDATES = 50;
    /** More chunks than any one document is cut into. */
    static final int MAX_DOCUMENT_CHUNKS = 10_000;
    private static final long COMMIT_INTERVAL_NANOS = 1_000_000_000L;

    private final Path dir;
    private final Analyzer analyzer = new MixedLanguageAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, String> commitData;
    private final ReentrantLock writes = new ReentrantLock();
    private final ExecutorService committer;
    private final AtomicBoolean committing = new AtomicBoolean();
    private volatile long lastCommit = System.nanoTime();
    private final Map<String, Optional<String>> pending = new HashMap<>();
    private volatile boolean dirty;
    private boolean closed;

    private LuceneStore(Path dir, String model, int dimension, boolean readOnly) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        this.commitData = Map.of("model", model, "dimension", Integer.toString(dimension));
        checkModel(model);
        if (readOnly) {
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new StoreException("there is no index in " + dir);
            }
            this.writer = null;
            this.committer = null;
            this.searchers = new SearcherManager(directory, null);
            return;
        }
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException("the index " + dir + " is in use by another process", e);
        }
        if (writer.getLiveCommitData() == null || !writer.getLiveCommitData().iterator().hasNext()) {
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, null);
        this.committer = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("kb-commit").factory());
    }

    /** Opens (creating if needed) the index in {@code dir} for vectors of {@code model}. */
    public static LuceneStore open(Path dir, String model, int dimension) {
        try {
            return new LuceneStore(dir, model, dimension, false);
        } catch (IOException e) {
            throw new StoreException("cannot open the index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing index for searching only, e.g. while {@code serve} holds it for writing; each search
     * sees the writer's latest commit.
     */
    public static LuceneStore openReadOnly(Path dir, String model, int dimension) {
        try {
            return new LuceneStore(dir, model, dimension, true);
        } catch (IOException e) {
            throw new StoreException("cannot open the index " + dir + ": " + e.getMessage(), e);
        }
    }

    private void checkModel(String model) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        String stored = SegmentInfos.readLatestCommit(directory).getUserData().get("model");
        if (stored != null && !stored.equals(model)) {
            directory.close();
            throw new StoreException("the index " + dir + " holds vectors of the model " + stored + ", not " + model
                    + ": set kubemate.knowledge.model=" + stored + " or ingest into a new index");
        }
    }

    @Override
    public Optional<String> hashOf(String source) {
        if (writer == null) {
            return withSearcher(searcher -> storedHash(searcher, source));
        }
        writes.lock();
        try {
            // a source written since the last refresh answers from memory; any other source is unchanged since
            // then, so the current searcher answers without a refresh (a refresh flushes a segment: per file,
            // that flush and the merges it causes cost ingest more than parsing and chunking)
            if (pending.containsKey(source)) {
                return pending.get(source);
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return storedHash(searcher, source);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.unlock();
        }
    }

    private static Optional<String> storedHash(IndexSearcher searcher, String source) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term("source", source)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc).get("hash"));
    }

    @Override
    public void replace(String source, String hash, List<EmbeddedChunk> chunks) {
        List<Document> docs = new ArrayList<>(chunks.size());
        for (EmbeddedChunk embedded : chunks) {
            docs.add(document(hash, embedded));
        }
        write(source, Optional.of(hash), () -> writer.updateDocuments(new Term("source", source), docs));
    }

    @Override
    public void remove(String source) {
        write(source, Optional.empty(), () -> writer.deleteDocuments(new Term("source", source)));
    }

    /**
     * Applies one document's change (atomic in Lucene); the next read refreshes the searcher, so it sees the
     * change. Commits to disk at most every {@link #COMMIT_INTERVAL_NANOS}, so a crash loses at most the last
     * second's documents, whole, and a re-ingest adds them again. The commit runs on its own thread: its flush
     * and fsync overlap the embedding of the next documents instead of holding up the ingest.
     */
    private void write(String source, Optional<String> hash, IoAction change) {
        requireWriter();
        writes.lock();
        try {
            change.run();
            pending.put(source, hash);
            dirty = true;
            if (System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS && committing.compareAndSet(false, true)) {
                committer.execute(this::commitInBackground);
            }
        } catch (IOException e) {
            // updateDocuments is atomic, so the index holds the old or the new document, never part of one
            throw new StoreException("cannot write the index " + dir + ": " + e.getMessage(), e);
        } finally {
            writes.unlock();
        }
    }

    private void refresh() throws IOException {
        writes.lock();
        try {
            if (dirty) {
                searchers.maybeRefreshBlocking();
                pending.clear();
                dirty = false;
            }
        } finally {
            writes.unlock();
        }
    }

    private void requireWriter() {
        if (writer == null) {
            throw new StoreException("the index " + dir + " is open read-only (another process writes it): ingest through that process");
        }
    }

    @Override
    public void commit() {
        if (writer == null) {
            return;
        }
        writes.lock();
        try {
            commitNow();
        } catch (IOException e) {
            throw new StoreException("cannot commit the index " + dir + ": " + e.getMessage(), e);
        } finally {
            writes.unlock();
        }
    }

    private void commitInBackground() {
        try {
            // IndexWriter.commit is thread-safe and runs beside updateDocuments; the commit data never changes
            commitNow();
        } catch (IOException | RuntimeException e) {
            // the changes stay in the writer: the next commit (at the latest the one ending the ingest) retries
            // them and reports a lasting failure; a writer closed meanwhile has committed on close
            LOG.warn("background commit of {} failed: {}", dir, e.toString());
        } finally {
            committing.set(false);
        }
    }

    private void commitNow() throws IOException {
        writer.setLiveCommitData(commitData.entrySet());
        writer.commit();
        lastCommit = System.nanoTime();
    }

    private static Document document(String hash, EmbeddedChunk embedded) {
        Chunk chunk = embedded.chunk();
        Document doc = new Document();
        doc.add(new StringField("id", chunk.id(), Field.Store.YES));
        doc.add(new StringField("source", chunk.source(), Field.Store.YES));
        doc.add(new StoredField("hash", hash));
        doc.add(new StoredField("title", chunk.title()));
        doc.add(new StoredField("heading", chunk.heading()));
        doc.add(new StoredField("text", chunk.text()));
        doc.add(new TextField("body", chunk.title() + "\n" + chunk.heading() + "\n" + chunk.text(), Field.Store.NO));
        chunk.metadata().forEach((key, value) -> doc.add(new StoredField(META + key, value)));
        for (String token : chunk.visibility().tokens()) {
            doc.add(new StringField(VISIBILITY, token, Field.Store.YES));
        }
        if (!chunk.visibility().isPublic()) {
            doc.add(new StringField(VISIBILITY, RESTRICTED, Field.Store.NO));
        }
        doc.add(new KnnFloatVectorField("vector", embedded.vector(), VectorSimilarityFunction.COSINE));
        return doc;
    }

    @Override
    public Set<String> sources() {
        return withSearcher(searcher -> {
            Set<String> sources = new LinkedHashSet<>();
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), "source");
            if (terms == null) {
                return sources;
            }
            TermsEnum it = terms.iterator();
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                String source = term.utf8ToString();
                if (searcher.count(new TermQuery(new Term("source", source))) > 0) {
                    sources.add(source);
                }
            }
            return sources;
        });
    }

    @Override
    public long chunkCount() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public List<Chunk> document(String source, Audience audience) {
        return withSearcher(searcher -> {
            List<Chunk> chunks = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term("source", source)), MAX_DOCUMENT_CHUNKS).scoreDocs) {
                Chunk chunk = chunk(searcher.storedFields().document(hit.doc));
                if (audience.sees(chunk.visibility())) {
                    chunks.add(chunk);
                }
            }
            return DocumentOrder.sorted(chunks);
        });
    }

    @Override
    public List<SearchHit> search(String query, float[] vector, int k, Audience audience) {
        return withSearcher(searcher -> {
            int n = Math.max(CANDIDATES, k * 4);
            List<List<String>> rankings = new ArrayList<>();
            Map<String, Integer> docIds = new HashMap<>();
            Query visible = visibleTo(audience);
            BooleanQuery keywords = keywordQuery(query);
            if (!keywords.clauses().isEmpty()) {
                Query scoped = visible == null ? keywords : new BooleanQuery.Builder().add(keywords, BooleanClause.Occur.MUST)
                        .add(visible, BooleanClause.Occur.FILTER).build();
                rankings.add(ids(searcher, searcher.search(scoped, n), docIds));
            }
            if (vector != null) {
                rankings.add(ids(searcher, searcher.search(new KnnFloatVectorQuery("vector", vector, n, visible), n), docIds));
            }
            List<SearchHit> hits = new ArrayList<>();
            for (Map.Entry<String, Double> fused : RankFusion.fuse(rankings, k)) {
                hits.add(new SearchHit(chunk(searcher.storedFields().document(docIds.get(fused.getKey()))), fused.getValue()));
            }
            return hits;
        });
    }

    private static List<String> ids(IndexSearcher searcher, TopDocs top, Map<String, Integer> docIds) throws IOException {
        List<String> ids = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            String id = searcher.storedFields().document(hit.doc, Set.of("id")).get("id");
            docIds.putIfAbsent(id, hit.doc);
            ids.add(id);
        }
        return ids;
    }

    /**
     * Public chunks (those not marked restricted, which includes chunks stored before visibility existed) and those
     * carrying one of the audience's tokens; null for an audience that sees everything.
     */
    private static Query visibleTo(Audience audience) {
        if (audience.everything()) {
            return null;
        }
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(VISIBILITY, RESTRICTED)), BooleanClause.Occur.MUST_NOT).build(), BooleanClause.Occur.SHOULD);
        audience.tokens().forEach(token -> visible.add(new TermQuery(new Term(VISIBILITY, token)), BooleanClause.Occur.SHOULD));
        if (audience.allNamespaces()) {
            visible.add(new PrefixQuery(new Term(VISIBILITY, Visibility.NAMESPACE_PREFIX)), BooleanClause.Occur.SHOULD);
        }
        return visible.build();
    }

    private BooleanQuery keywordQuery(String query) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Set<String> seen = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("body", query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && seen.size() < IndexSearcher.getMaxClauseCount()) {
                if (seen.add(term.toString())) {
                    builder.add(new TermQuery(new Term("body", term.toString())), BooleanClause.Occur.SHOULD);
                }
            }
            tokens.end();
        }
        return builder.build();
    }

    private static Chunk chunk(Document doc) {
        Map<String, String> metadata = new LinkedHashMap<>();
        doc.getFields().forEach(field -> {
            if (field.name().startsWith(META)) {
                metadata.put(field.name().substring(META.length()), field.stringValue());
            }
        });
        return new Chunk(doc.get("id"), doc.get("source"), doc.get("title"), doc.get("heading"), doc.get("text"), metadata,
                Visibility.ofTokens(Arrays.asList(doc.getValues(VISIBILITY))));
    }

    private <T> T withSearcher(IoFunction<T> read) {
        try {
            if (writer == null) {
                searchers.maybeRefresh();
            } else if (dirty) {
                refresh();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        writes.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            searchers.close();
            if (writer != null) {
                committer.shutdown();
                awaitCommitter();
                commitNow();
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the index " + dir + ": " + e.getMessage(), e);
        } finally {
            writes.unlock();
        }
    }

    private void awaitCommitter() {
        try {
            if (!committer.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new StoreException("the background commit of the index " + dir + " did not finish within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while closing the index " + dir, e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private interface IoFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
