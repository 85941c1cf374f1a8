package io.kubemate.knowledge.store;

import io.milvus.common.clientenum.FunctionType;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;

import java.util.List;
import java.util.Map;

/**
 * The collection layout of {@link MilvusStore}: the chunk's fields, its dense vector, the visibility tokens, and a
 * sparse vector Milvus itself fills from {@code words} with a BM25 function (Milvus 2.5 or later), so keyword and
 * vector search both run inside Milvus.
 */
final class MilvusSchema {

    static final String TEXT = "text";
    /** Title, heading path and text, analyzed for BM25: what the embedded store's keyword search covers too. */
    static final String WORDS = "words";
    static final String DENSE = "vector";
    static final String SPARSE = "sparse";
    static final String VISIBILITY = "visibility";
    static final int TEXT_MAX = 65_535;
    static final int VISIBILITY_MAX = 1_024;
    static final List<String> OUTPUT = List.of("id", "source", "hash", "title", "heading", TEXT, "metadata", VISIBILITY);

    /**
     * jieba splits Chinese into words and leaves Latin words whole, so one analyzer serves both languages of the
     * runbooks; lowercase makes "CoreDNS" match "coredns", and cnalphanumonly drops the punctuation tokens jieba
     * emits. The built-in {@code {"type":"chinese"}} is the same without lowercase; {@code standard} would cut
     * Chinese into single characters.
     */
    static final Map<String, Object> ANALYZER = Map.of("tokenizer", "jieba", "filter", List.of("lowercase", "cnalphanumonly"));

    private MilvusSchema() {
    }

    static CreateCollectionReq.CollectionSchema schema(MilvusClientV2 client, int dimension) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(varchar("id", 512).isPrimaryKey(true).autoID(false).build());
        schema.addField(varchar("source", 2048).build());
        schema.addField(varchar("hash", 128).build());
        schema.addField(varchar("title", 1024).build());
        schema.addField(varchar("heading", 2048).build());
        schema.addField(varchar(TEXT, TEXT_MAX).build());
        schema.addField(varchar(WORDS, TEXT_MAX).enableAnalyzer(true).analyzerParams(ANALYZER).build());
        schema.addField(varchar("metadata", TEXT_MAX).build());
        schema.addField(AddFieldReq.builder().fieldName(VISIBILITY).dataType(DataType.Array).elementType(DataType.VarChar)
                .maxCapacity(VISIBILITY_MAX).maxLength(512).build());
        schema.addField(AddFieldReq.builder().fieldName(DENSE).dataType(DataType.FloatVector).dimension(dimension).build());
        schema.addField(AddFieldReq.builder().fieldName(SPARSE).dataType(DataType.SparseFloatVector).build());
        schema.addFunction(CreateCollectionReq.Function.builder().name("text_bm25").functionType(FunctionType.BM25)
                .inputFieldNames(List.of(WORDS)).outputFieldNames(List.of(SPARSE)).build());
        return schema;
    }

    static List<IndexParam> indexes() {
        return List.of(
                IndexParam.builder().fieldName(DENSE).indexType(IndexParam.IndexType.AUTOINDEX)
                        .metricType(IndexParam.MetricType.COSINE).build(),
                IndexParam.builder().fieldName(SPARSE).indexType(IndexParam.IndexType.SPARSE_INVERTED_INDEX)
                        .metricType(IndexParam.MetricType.BM25).build());
    }

    /**
     * Refuses a collection an older Kubemate made (vector only: it cannot answer keyword searches) or one made for
     * another embedding model's dimension.
     */
    static void check(String collection, CreateCollectionReq.CollectionSchema existing, int dimension) {
        boolean hybrid = existing.getField(SPARSE) != null && existing.getField(VISIBILITY) != null
                && existing.getFunctionList().stream().anyMatch(f -> f.getFunctionType() == FunctionType.BM25);
        if (!hybrid) {
            throw new StoreException("the Milvus collection `" + collection + "` has no BM25 keyword field (made by an older"
                    + " Kubemate): set kubemate.knowledge.milvus.collection to a new name, or drop it, and re-index");
        }
        Integer stored = existing.getField(DENSE) == null ? null : existing.getField(DENSE).getDimension();
        if (stored == null || stored != dimension) {
            throw new StoreException("the Milvus collection `" + collection + "` holds vectors of dimension " + stored
                    + ", the embedding model makes " + dimension + ": set kubemate.knowledge.milvus.collection to a new"
                    + " name, or drop it, and re-index");
        }
    }

    private static AddFieldReq.AddFieldReqBuilder<?> varchar(String name, int max) {
        return AddFieldReq.builder().fieldName(name).dataType(DataType.VarChar).maxLength(max);
    }
}
