package io.kubemate.knowledge.store;

import io.kubemate.knowledge.Audience;
import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.HashingEmbedder;
import io.kubemate.knowledge.SearchHit;
import io.kubemate.knowledge.Visibility;
import io.milvus.grpc.CollectionSchema;
import io.milvus.grpc.CreateCollectionRequest;
import io.milvus.grpc.CreateIndexRequest;
import io.milvus.grpc.DataType;
import io.milvus.grpc.DeleteRequest;
import io.milvus.grpc.QueryRequest;
import io.milvus.grpc.FieldData;
import io.milvus.grpc.FieldSchema;
import io.milvus.grpc.FunctionSchema;
import io.milvus.grpc.FunctionType;
import io.milvus.grpc.HybridSearchRequest;
import io.milvus.grpc.KeyValuePair;
import io.milvus.grpc.PlaceholderGroup;
import io.milvus.grpc.PlaceholderType;
import io.milvus.grpc.PlaceholderValue;
import io.milvus.grpc.SearchRequest;
import io.milvus.grpc.UpsertRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link MilvusStore} sends to Milvus and how it reads the answers, against {@link MilvusStandIn}. Ranking
 * and filter evaluation are Milvus's own: {@link MilvusStoreTest} runs the store contract on a real one.
 */
class MilvusStoreWireTest {

    private static final Visibility PAYMENTS = new Visibility(Set.of("payments"), Set.of("sre"));

    private final HashingEmbedder embedder = new HashingEmbedder();
    private MilvusStandIn milvus;
    private MilvusStore store;

    @BeforeEach
    void start() throws Exception {
        milvus = new MilvusStandIn();
        store = open(milvus);
    }

    @AfterEach
    void stop() throws Exception {
        if (store != null) {
            store.close();
        }
        milvus.close();
    }

    private MilvusStore open(MilvusStandIn server) {
        return new MilvusStore(new MilvusSettings(server.uri(), "root", "Milvus", "", "kb", Duration.ofSeconds(5)),
                embedder.dimension());
    }

    private EmbeddedChunk chunk(String source, int n, String text, Visibility visibility) {
        Chunk chunk = new Chunk(source + "#" + n, source, "Title", "Heading", text, Map.of("lang", "en")).withVisibility(visibility);
        return new EmbeddedChunk(chunk, embedder.embedQuery(chunk.embeddingText()));
    }

    private List<SearchHit> search(String query, int k, Audience audience) {
        return store.search(query, embedder.embedQuery(query), k, audience);
    }

    private static FieldSchema field(CollectionSchema schema, String name) {
        return schema.getFieldsList().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, String> params(List<KeyValuePair> pairs) {
        return pairs.stream().collect(Collectors.toMap(KeyValuePair::getKey, KeyValuePair::getValue, (a, b) -> b));
    }

    private HybridSearchRequest lastSearch() {
        return milvus.received(HybridSearchRequest.class).getLast();
    }

    @Test
    void creates_a_collection_whose_bm25_function_fills_the_sparse_field_from_the_analyzed_words() throws Exception {
        CollectionSchema schema = CollectionSchema.parseFrom(milvus.received(CreateCollectionRequest.class).getFirst().getSchema());

        Map<String, String> words = params(field(schema, "words").getTypeParamsList());
        assertEquals("true", words.get("enable_analyzer"));
        assertTrue(words.get("analyzer_params").contains("jieba") && words.get("analyzer_params").contains("lowercase"), words.toString());
        FieldSchema sparse = field(schema, "sparse");
        assertEquals(DataType.SparseFloatVector, sparse.getDataType());
        assertTrue(sparse.getIsFunctionOutput());
        FunctionSchema bm25 = schema.getFunctionsList().getFirst();
        assertEquals(FunctionType.BM25, bm25.getType());
        assertEquals(List.of("words"), bm25.getInputFieldNamesList());
        assertEquals(List.of("sparse"), bm25.getOutputFieldNamesList());
        assertEquals(String.valueOf(embedder.dimension()), params(field(schema, "vector").getTypeParamsList()).get("dim"));
        assertEquals(DataType.VarChar, field(schema, "visibility").getElementType());
    }

    @Test
    void indexes_the_sparse_field_for_bm25_and_the_dense_field_for_cosine() {
        Map<String, Map<String, String>> indexes = milvus.received(CreateIndexRequest.class).stream()
                .collect(Collectors.toMap(CreateIndexRequest::getFieldName, r -> params(r.getExtraParamsList())));

        assertEquals("SPARSE_INVERTED_INDEX", indexes.get("sparse").get("index_type"));
        assertEquals("BM25", indexes.get("sparse").get("metric_type"));
        assertEquals("COSINE", indexes.get("vector").get("metric_type"));
    }

    @Test
    void reopens_a_hybrid_collection_without_creating_it_again() throws Exception {
        try (MilvusStandIn existing = new MilvusStandIn().withCollection(milvus.schema())) {
            open(existing).close();

            assertTrue(existing.received(CreateCollectionRequest.class).isEmpty());
        }
    }

    @Test
    void refuses_a_vector_only_collection_made_by_an_older_version_naming_it() throws Exception {
        CollectionSchema old = CollectionSchema.newBuilder().setName("kb")
                .addFields(FieldSchema.newBuilder().setName("id").setDataType(DataType.VarChar).setIsPrimaryKey(true)
                        .addTypeParams(KeyValuePair.newBuilder().setKey("max_length").setValue("512")))
                .addFields(FieldSchema.newBuilder().setName("vector").setDataType(DataType.FloatVector)
                        .addTypeParams(KeyValuePair.newBuilder().setKey("dim").setValue("384")))
                .build();
        try (MilvusStandIn existing = new MilvusStandIn().withCollection(old)) {
            StoreException e = assertThrows(StoreException.class, () -> open(existing));

            assertTrue(e.getMessage().contains("`kb`") && e.getMessage().contains("BM25"), e.getMessage());
        }
    }

    @Test
    void refuses_a_collection_made_for_another_embedding_dimension() throws Exception {
        try (MilvusStandIn existing = new MilvusStandIn().withCollection(milvus.schema())) {
            StoreException e = assertThrows(StoreException.class, () -> new MilvusStore(
                    new MilvusSettings(existing.uri(), "root", "Milvus", "", "kb", Duration.ofSeconds(5)), embedder.dimension() + 1));

            assertTrue(e.getMessage().contains("dimension " + embedder.dimension()), e.getMessage());
        }
    }

    @Test
    void searches_the_words_by_bm25_and_the_vector_by_cosine_fused_by_rrf_with_k_60() throws Exception {
        search("etcd 空间满了", 3, Audience.EVERYTHING);

        HybridSearchRequest request = lastSearch();
        assertEquals(2, request.getRequestsCount());
        SearchRequest words = request.getRequests(0);
        assertEquals("sparse", params(words.getSearchParamsList()).get("anns_field"));
        assertEquals("BM25", params(words.getSearchParamsList()).get("metric_type"));
        PlaceholderValue text = PlaceholderGroup.parseFrom(words.getPlaceholderGroup()).getPlaceholders(0);
        assertEquals(PlaceholderType.VarChar, text.getType());
        assertEquals("etcd 空间满了", text.getValues(0).toStringUtf8());
        SearchRequest vector = request.getRequests(1);
        assertEquals("vector", params(vector.getSearchParamsList()).get("anns_field"));
        assertEquals("COSINE", params(vector.getSearchParamsList()).get("metric_type"));
        assertEquals(PlaceholderType.FloatVector, PlaceholderGroup.parseFrom(vector.getPlaceholderGroup()).getPlaceholders(0).getType());
        Map<String, String> rank = params(request.getRankParamsList());
        assertEquals("rrf", rank.get("strategy"));
        assertEquals("{\"k\":60}", rank.get("params"));
        assertEquals("3", rank.get("limit"));
        assertTrue(Integer.parseInt(params(words.getSearchParamsList()).get("topk")) >= 3);
        assertTrue(request.getOutputFieldsList().containsAll(List.of("text", "visibility", "metadata")));
    }

    @Test
    void a_blank_question_searches_by_vector_only() {
        search("  ", 3, Audience.EVERYTHING);

        assertEquals(List.of("vector"), lastSearch().getRequestsList().stream()
                .map(r -> params(r.getSearchParamsList()).get("anns_field")).toList());
    }

    @Test
    void a_limited_audience_is_filtered_inside_both_sub_searches_by_its_tokens() {
        search("payroll", 3, new Audience(false, false, Set.of("payments"), Set.of("sre")));

        for (SearchRequest sub : lastSearch().getRequestsList()) {
            assertEquals("array_length(visibility) == 0 or array_contains_any(visibility, {tokens})", sub.getDsl());
            assertEquals(List.of("ns:payments", "role:sre"),
                    sub.getExprTemplateValuesMap().get("tokens").getArrayVal().getStringData().getDataList());
        }
    }

    @Test
    void a_reader_of_every_namespace_also_matches_any_namespace_restricted_chunk() {
        search("payroll", 3, new Audience(false, true, Set.of(), Set.of()));

        assertEquals(List.of("ns:*"), lastSearch().getRequests(0).getExprTemplateValuesMap().get("tokens")
                .getArrayVal().getStringData().getDataList());
    }

    @Test
    void the_public_finds_only_public_chunks_and_an_administrator_is_not_filtered() {
        search("payroll", 3, Audience.PUBLIC_ONLY);
        assertEquals("array_length(visibility) == 0", lastSearch().getRequests(0).getDsl());
        assertTrue(lastSearch().getRequests(0).getExprTemplateValuesMap().isEmpty());

        search("payroll", 3, Audience.EVERYTHING);
        assertEquals("", lastSearch().getRequests(0).getDsl());
    }

    @Test
    void stores_the_visibility_as_tokens_the_words_for_bm25_and_leaves_the_sparse_field_to_milvus() {
        store.replace("pay.md", "h1", List.of(chunk("pay.md", 0, "payroll rotation", PAYMENTS)));

        UpsertRequest upsert = milvus.received(UpsertRequest.class).getFirst();
        Map<String, FieldData> columns = upsert.getFieldsDataList().stream()
                .collect(Collectors.toMap(FieldData::getFieldName, f -> f));
        assertFalse(columns.containsKey("sparse"), columns.keySet().toString());
        assertEquals(List.of("ns:payments", "role:sre", "ns:*"),
                columns.get("visibility").getScalars().getArrayData().getData(0).getStringData().getDataList());
        assertEquals("{\"lang\":\"en\"}", columns.get("metadata").getScalars().getStringData().getData(0));
        assertEquals("Title\nHeading\npayroll rotation", columns.get("words").getScalars().getStringData().getData(0));
        assertEquals("payroll rotation", columns.get("text").getScalars().getStringData().getData(0));
        assertEquals(embedder.dimension(), columns.get("vector").getVectors().getFloatVector().getDataCount());
    }

    @Test
    void reads_hits_back_in_milvus_order_with_their_visibility_metadata_and_fused_score() {
        store.replace("a.md", "h1", List.of(chunk("a.md", 0, "alpha", Visibility.PUBLIC), chunk("a.md", 1, "beta", PAYMENTS)));
        milvus.rankNext(List.of("a.md#1", "a.md#0"));

        List<SearchHit> hits = search("beta", 5, Audience.EVERYTHING);

        assertEquals(List.of("a.md#1", "a.md#0"), hits.stream().map(h -> h.chunk().id()).toList());
        assertEquals(PAYMENTS, hits.getFirst().chunk().visibility());
        assertEquals(Visibility.PUBLIC, hits.get(1).chunk().visibility());
        assertEquals(Map.of("lang", "en"), hits.getFirst().chunk().metadata());
        assertEquals("beta", hits.getFirst().chunk().text());
        assertEquals(2f / 61, hits.getFirst().score(), 1e-6);
    }

    @Test
    void reads_one_document_by_its_source_in_chunk_order_without_the_chunks_its_reader_may_not_see() {
        store.replace("a.md", "h1", List.of(chunk("a.md", 1, "beta", PAYMENTS), chunk("a.md", 0, "alpha", Visibility.PUBLIC)));
        store.replace("b.md", "h1", List.of(chunk("b.md", 0, "other", Visibility.PUBLIC)));

        assertEquals(List.of("alpha", "beta"), store.document("a.md", Audience.EVERYTHING).stream().map(Chunk::text).toList());
        assertEquals(List.of("alpha"), store.document("a.md", Audience.PUBLIC_ONLY).stream().map(Chunk::text).toList());
        assertEquals("source == {s}", milvus.received(QueryRequest.class).getLast().getExpr());
    }

    @Test
    void drops_a_restricted_chunk_that_milvus_returned_to_an_audience_that_may_not_see_it() {
        store.replace("a.md", "h1", List.of(chunk("a.md", 0, "payroll", PAYMENTS), chunk("a.md", 1, "payroll public", Visibility.PUBLIC)));

        List<SearchHit> hits = search("payroll", 5, new Audience(false, false, Set.of("trade"), Set.of("dev")));

        assertEquals(List.of("a.md#1"), hits.stream().map(h -> h.chunk().id()).toList());
    }

    @Test
    void replacing_a_document_upserts_then_deletes_the_chunks_of_its_other_versions() {
        store.replace("a.md", "v1", List.of(chunk("a.md", 0, "one", Visibility.PUBLIC), chunk("a.md", 1, "two", Visibility.PUBLIC)));
        store.replace("b.md", "v1", List.of(chunk("b.md", 0, "three", Visibility.PUBLIC)));
        store.replace("a.md", "v2", List.of(chunk("a.md", 5, "one again", Visibility.PUBLIC)));

        DeleteRequest delete = milvus.received(DeleteRequest.class).getLast();
        assertEquals("source == {s} and hash != {h}", delete.getExpr());
        assertEquals("v2", delete.getExprTemplateValuesMap().get("h").getStringVal());
        assertEquals(Optional.of("v2"), store.hashOf("a.md"));
        assertEquals(2, store.chunkCount());
        assertEquals(Set.of("a.md", "b.md"), store.sources());

        store.remove("a.md");
        assertEquals(Optional.empty(), store.hashOf("a.md"));
        assertEquals(1, store.chunkCount());
    }
}
