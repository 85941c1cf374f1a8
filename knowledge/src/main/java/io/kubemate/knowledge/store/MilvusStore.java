package io.kubemate.knowledge.store;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import io.kubemate.knowledge.Audience;
import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.SearchHit;
import io.kubemate.knowledge.Visibility;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.ConsistencyLevel;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.HasCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.vector.request.DeleteReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.UpsertReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
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
 * The store for corpora that outgrow one machine: a Milvus collection with strong consistency, searched by
 * vector (cosine). A document is replaced by upserting its new chunks and then deleting the chunks carrying
 * another hash, so a reader may briefly see both versions but never lose the document.
 */
public final class MilvusStore implements KnowledgeStore {

    private static final int TEXT_MAX = 65_535;
    private static final int SOURCES_LIMIT = 16_384;
    private static final String VISIBILITY = "kubemate.visibility";
    private static final List<String> OUTPUT = List.of("id", "source", "hash", "title", "heading", "text", "metadata");

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
        ensureCollection(dimension);
    }

    private void ensureCollection(int dimension) {
        if (Boolean.TRUE.equals(client.hasCollection(HasCollectionReq.builder().collectionName(collection).build()))) {
            client.loadCollection(LoadCollectionReq.builder().collectionName(collection).build());
            return;
        }
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder().fieldName("id").dataType(DataType.VarChar).maxLength(512).isPrimaryKey(true).autoID(false).build());
        schema.addField(AddFieldReq.builder().fieldName("source").dataType(DataType.VarChar).maxLength(2048).build());
        schema.addField(AddFieldReq.builder().fieldName("hash").dataType(DataType.VarChar).maxLength(128).build());
        schema.addField(AddFieldReq.builder().fieldName("title").dataType(DataType.VarChar).maxLength(1024).build());
        schema.addField(AddFieldReq.builder().fieldName("heading").dataType(DataType.VarChar).maxLength(2048).build());
        schema.addField(AddFieldReq.builder().fieldName("text").dataType(DataType.VarChar).maxLength(TEXT_MAX).build());
        schema.addField(AddFieldReq.builder().fieldName("metadata").dataType(DataType.VarChar).maxLength(TEXT_MAX).build());
        schema.addField(AddFieldReq.builder().fieldName("vector").dataType(DataType.FloatVector).dimension(dimension).build());
        IndexParam index = IndexParam.builder().fieldName("vector").indexType(IndexParam.IndexType.AUTOINDEX)
                .metricType(IndexParam.MetricType.COSINE).build();
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(collection)
                .collectionSchema(schema)
                .indexParams(List.of(index))
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
        row.addProperty("text", chunk.text().length() > TEXT_MAX / 4 ? chunk.text().substring(0, TEXT_MAX / 4) : chunk.text());
        // the visibility rides in the metadata under a reserved key, written last so front matter cannot set it
        Map<String, String> metadata = new LinkedHashMap<>(chunk.metadata());
        metadata.put(VISIBILITY, String.join(" ", chunk.visibility().tokens()));
        row.addProperty("metadata", gson.toJson(metadata));
        row.add("vector", gson.toJsonTree(embedded.vector()));
        return row;
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
     * Vector search, then only the chunks {@code audience} may find: restricted chunks are dropped here, so more
     * candidates are fetched than asked for when the audience is limited.
     */
    @Override
    public List<SearchHit> search(String query, float[] vector, int k, Audience audience) {
        int candidates = audience.everything() ? k : Math.min(SOURCES_LIMIT, Math.max(64, k * 8));
        SearchResp resp = client.search(SearchReq.builder().collectionName(collection)
                .data(List.of(new FloatVec(vector))).annsField("vector").topK(candidates)
                .outputFields(OUTPUT).consistencyLevel(ConsistencyLevel.STRONG).build());
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
        String visibility = metadata.remove(VISIBILITY);
        return new Chunk(String.valueOf(entity.get("id")), String.valueOf(entity.get("source")),
                String.valueOf(entity.get("title")), String.valueOf(entity.get("heading")),
                String.valueOf(entity.get("text")), metadata,
                visibility == null || visibility.isBlank() ? Visibility.PUBLIC : Visibility.ofTokens(List.of(visibility.split(" "))));
    }

    @Override
    public void close() {
        client.close();
    }
}
