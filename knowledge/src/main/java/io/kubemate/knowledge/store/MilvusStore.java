package io.kubemate.knowledge.store;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import io.kubemate.knowledge.Audience;
import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.SearchHit;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.ConsistencyLevel;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.DescribeCollectionReq;
import io.milvus.v2.service.collection.request.HasCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.vector.request.AnnSearchReq;
import io.milvus.v2.service.vector.request.DeleteReq;
import io.milvus.v2.service.vector.request.HybridSearchReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.UpsertReq;
import io.milvus.v2.service.vector.request.data.EmbeddedText;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.request.ranker.RRFRanker;
import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The store for corpora that outgrow one machine: a Milvus (2.5 or later) collection with strong consistency,
 * searched like the embedded store, by keywords and by vector at once: a BM25 search of the text (Milvus makes the
 * sparse vectors itself) and a cosine search of the embedding, fused by reciprocal rank (k = 60) inside Milvus.
 * A document is replaced by upserting its new chunks and then deleting the chunks carrying another hash, so a
 * reader may briefly see both versions but never lose the document.
 */
public final class MilvusStore implements KnowledgeStore {

    private static final int SOURCES_LIMIT = 16_384;
    private static final int RRF_K = 60;
    /** Candidates each sub-search hands to the fusion, as many as the embedded store takes. */
    private static final int CANDIDATES = 50;

    private final MilvusClientV2 client;
    private final String collection;
    private final Gson gson = new Gson();

    public MilvusStore(MilvusSettings settings, int dimension) {
        if (settings.username() == null || settings.username().isBlank()
                || settings.password() == null || settings.password().isBlank()) {
            throw new StoreException("Milvus needs a username and a password (milvus-sdk-java 2.6 refuses to connect without them)");
        }
        ConnectConfig.ConnectConfigBuilder config = ConnectConfig.builder()
                .uri(settings.uri())
                .username(settings.username())
                .password(settings.password())
                .connectTimeoutMs(settings.timeout().toMillis())
                .rpcDeadlineMs(settings.timeout().toMillis());
        if (settings.database() != null && !settings.database().isBlank()) {
            config.dbName(settings.database());
        }
        try {
            this.client = new MilvusClientV2(config.build());
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to Milvus at " + settings.uri() + ": " + e.getMessage(), e);
        }
        this.collection = settings.collection();
        try {
            ensureCollection(dimension);
        } catch (RuntimeException e) {
            client.close();
            throw e instanceof StoreException ? e : new StoreException("cannot open the Milvus collection `" + collection
                    + "` at " + settings.uri() + ": " + e.getMessage(), e);
        }
    }

    private void ensureCollection(int dimension) {
        if (Boolean.TRUE.equals(client.hasCollection(HasCollectionReq.builder().collectionName(collection).build()))) {
            MilvusSchema.check(collection, client.describeCollection(DescribeCollectionReq.builder()
                    .collectionName(collection).build()).getCollectionSchema(), dimension);
            client.loadCollection(LoadCollectionReq.builder().collectionName(collection).build());
            return;
        }
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(collection)
                .collectionSchema(MilvusSchema.schema(client, dimension))
                .indexParams(MilvusSchema.indexes())
                .consistencyLevel(ConsistencyLevel.STRONG)
                .build());
        client.loadCollection(LoadCollectionReq.builder().collectionName(collection).build());
    }

    @Override
    public Optional<String> hashOf(String source) {
        QueryResp resp = client.query(QueryReq.builder().collectionName(collection)
                .filter("source == {s}").filterTemplateValues(Map.of("s", source))
                .outputFields(List.of("hash")).limit(1).consistencyLevel(ConsistencyLevel.STRONG).build());
        return resp.getQueryResults().stream().map(r -> String.valueOf(r.getEntity().get("hash"))).findFirst();
    }

    @Override
    public List<Chunk> document(String source, Audience audience) {
        QueryResp resp = client.query(QueryReq.builder().collectionName(collection)
                .filter("source == {s}").filterTemplateValues(Map.of("s", source))
                .outputFields(MilvusSchema.OUTPUT).consistencyLevel(ConsistencyLevel.STRONG).build());
        return DocumentOrder.sorted(resp.getQueryResults().stream().map(r -> chunk(r.getEntity()))
                .filter(chunk -> audience.sees(chunk.visibility())).toList());
    }

    @Override
    public void replace(String source, String hash, List<EmbeddedChunk> chunks) {
        if (!chunks.isEmpty()) {
            List<JsonObject> rows = new ArrayList<>(chunks.size());
            for (EmbeddedChunk embedded : chunks) {
                rows.add(row(hash, embedded));
            }
            client.upsert(UpsertReq.builder().collectionName(collection).data(rows).build());
        }
        client.delete(DeleteReq.builder().collectionName(collection)
                .filter("source == {s} and hash != {h}").filterTemplateValues(Map.of("s", source, "h", hash)).build());
    }

    private JsonObject row(String hash, EmbeddedChunk embedded) {
        Chunk chunk = embedded.chunk();
        JsonObject row = new JsonObject();
        row.addProperty("id", chunk.id());
        row.addProperty("source", chunk.source());
        row.addProperty("hash", hash);
        row.addProperty("title", chunk.title());
        row.addProperty("heading", chunk.heading());
        row.addProperty(MilvusSchema.TEXT, fitted(chunk.text()));
        row.addProperty(MilvusSchema.WORDS, fitted(chunk.title() + "\n" + chunk.embeddingText()));
        row.addProperty("metadata", gson.toJson(chunk.metadata()));
        row.add(MilvusSchema.VISIBILITY, gson.toJsonTree(MilvusFilter.stored(chunk.visibility())));
        row.add(MilvusSchema.DENSE, gson.toJsonTree(embedded.vector()));
        return row;
    }

    /** A quarter of the field's byte limit in characters: fits even when every character takes three bytes in UTF-8. */
    private static String fitted(String text) {
        int max = MilvusSchema.TEXT_MAX / 4;
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** Milvus persists each write itself; with strong consistency a search sees it at once. */
    @Override
    public void commit() {
    }

    @Override
    public void remove(String source) {
        client.delete(DeleteReq.builder().collectionName(collection)
                .filter("source == {s}").filterTemplateValues(Map.of("s", source)).build());
    }

    @Override
    public Set<String> sources() {
        QueryResp resp = client.query(QueryReq.builder().collectionName(collection).filter("id != \"\"")
                .outputFields(List.of("source")).limit(SOURCES_LIMIT).consistencyLevel(ConsistencyLevel.STRONG).build());
        Set<String> sources = new LinkedHashSet<>();
        resp.getQueryResults().forEach(r -> sources.add(String.valueOf(r.getEntity().get("source"))));
        return sources;
    }

    @Override
    public long chunkCount() {
        QueryResp resp = client.query(QueryReq.builder().collectionName(collection).filter("")
                .outputFields(List.of("count(*)")).consistencyLevel(ConsistencyLevel.STRONG).build());
        return resp.getQueryResults().isEmpty() ? 0 : ((Number) resp.getQueryResults().get(0).getEntity().get("count(*)")).longValue();
    }

    /**
     * One hybrid search: the query's words against the BM25 field and its vector against the dense field, each
     * filtered to what {@code audience} may find, fused by reciprocal rank. The audience check runs again on the
     * answer, so a filter Milvus got wrong cannot show a restricted chunk.
     */
    @Override
    public List<SearchHit> search(String query, float[] vector, int k, Audience audience) {
        if (k <= 0) {
            return List.of();
        }
        int candidates = Math.min(SOURCES_LIMIT, Math.max(CANDIDATES, k * 4));
        String filter = MilvusFilter.expression(audience);
        Map<String, Object> values = MilvusFilter.values(audience);
        List<AnnSearchReq> requests = new ArrayList<>();
        if (!query.isBlank()) {
            requests.add(AnnSearchReq.builder().vectorFieldName(MilvusSchema.SPARSE).vectors(List.of(new EmbeddedText(query)))
                    .metricType(IndexParam.MetricType.BM25).limit(candidates).filter(filter).filterTemplateValues(values).build());
        }
        requests.add(AnnSearchReq.builder().vectorFieldName(MilvusSchema.DENSE).vectors(List.of(new FloatVec(vector)))
                .metricType(IndexParam.MetricType.COSINE).limit(candidates).filter(filter).filterTemplateValues(values).build());
        SearchResp resp = client.hybridSearch(HybridSearchReq.builder().collectionName(collection)
                .searchRequests(requests).ranker(RRFRanker.builder().k(RRF_K).build()).limit(k)
                .outFields(MilvusSchema.OUTPUT).consistencyLevel(ConsistencyLevel.STRONG).build());
        List<SearchHit> hits = new ArrayList<>();
        for (List<SearchResp.SearchResult> results : resp.getSearchResults()) {
            for (SearchResp.SearchResult result : results) {
                Chunk chunk = chunk(result.getEntity());
                if (audience.sees(chunk.visibility()) && hits.size() < k) {
                    hits.add(new SearchHit(chunk, result.getScore()));
                }
            }
        }
        return hits;
    }

    private Chunk chunk(Map<String, Object> entity) {
        Map<String, String> stored = gson.fromJson(String.valueOf(entity.get("metadata")),
                new TypeToken<Map<String, String>>() { }.getType());
        Map<String, String> metadata = stored == null ? new LinkedHashMap<>() : new LinkedHashMap<>(stored);
        Object visibility = entity.get(MilvusSchema.VISIBILITY);
        return new Chunk(String.valueOf(entity.get("id")), String.valueOf(entity.get("source")),
                String.valueOf(entity.get("title")), String.valueOf(entity.get("heading")),
                String.valueOf(entity.get(MilvusSchema.TEXT)), metadata,
                MilvusFilter.visibility(visibility instanceof List<?> tokens ? tokens : List.of()));
    }

    @Override
    public void close() {
        client.close();
    }
}
