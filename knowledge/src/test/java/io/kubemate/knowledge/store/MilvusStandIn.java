package io.kubemate.knowledge.store;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.milvus.grpc.ArrayArray;
import io.milvus.grpc.BoolResponse;
import io.milvus.grpc.CollectionSchema;
import io.milvus.grpc.ConnectRequest;
import io.milvus.grpc.ConnectResponse;
import io.milvus.grpc.CreateCollectionRequest;
import io.milvus.grpc.CreateIndexRequest;
import io.milvus.grpc.DataType;
import io.milvus.grpc.DeleteRequest;
import io.milvus.grpc.DescribeCollectionRequest;
import io.milvus.grpc.DescribeCollectionResponse;
import io.milvus.grpc.FieldData;
import io.milvus.grpc.GetLoadingProgressRequest;
import io.milvus.grpc.GetLoadingProgressResponse;
import io.milvus.grpc.HasCollectionRequest;
import io.milvus.grpc.HybridSearchRequest;
import io.milvus.grpc.IDs;
import io.milvus.grpc.LoadCollectionRequest;
import io.milvus.grpc.LongArray;
import io.milvus.grpc.MilvusServiceGrpc;
import io.milvus.grpc.MutationResult;
import io.milvus.grpc.QueryRequest;
import io.milvus.grpc.QueryResults;
import io.milvus.grpc.ScalarField;
import io.milvus.grpc.SearchResultData;
import io.milvus.grpc.SearchResults;
import io.milvus.grpc.Status;
import io.milvus.grpc.StringArray;
import io.milvus.grpc.TemplateValue;
import io.milvus.grpc.UpsertRequest;
import io.milvus.shaded.io.grpc.Server;
import io.milvus.shaded.io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.milvus.shaded.io.grpc.stub.StreamObserver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Milvus server for tests, on a free local port, built on the SDK's generated service base: it answers exactly
 * the calls {@link MilvusStore} makes, keeps the rows it was sent, records every request, and refuses a filter
 * expression it does not know, so a change in what the store sends shows up as a failure. Hybrid search answers
 * with the rows in the order {@link #rankNext} gives (ranking is Milvus's job, checked against a real one).
 */
final class MilvusStandIn extends MilvusServiceGrpc.MilvusServiceImplBase implements AutoCloseable {

    private static final String VARCHAR_FIELDS = "id source hash title heading text metadata";

    final List<Message> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    private final Server server;
    private volatile CollectionSchema schema;
    private volatile List<String> ranking;

    MilvusStandIn() throws IOException {
        server = NettyServerBuilder.forPort(0).addService(this).build().start();
    }

    String uri() {
        return "http://localhost:" + server.getPort();
    }

    /** Starts as if the collection existed already, made with {@code existing}. */
    MilvusStandIn withCollection(CollectionSchema existing) {
        schema = existing;
        return this;
    }

    /** The ids the next hybrid search answers with, best first (default: every row in insertion order). */
    void rankNext(List<String> ids) {
        ranking = ids;
    }

    <T extends Message> List<T> received(Class<T> type) {
        return requests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    CollectionSchema schema() {
        return schema;
    }

    @Override
    public void connect(ConnectRequest request, StreamObserver<ConnectResponse> answer) {
        reply(request, answer, ConnectResponse.newBuilder().setStatus(ok()).setIdentifier(1).build());
    }

    @Override
    public void hasCollection(HasCollectionRequest request, StreamObserver<BoolResponse> answer) {
        reply(request, answer, BoolResponse.newBuilder().setStatus(ok()).setValue(schema != null).build());
    }

    @Override
    public void createCollection(CreateCollectionRequest request, StreamObserver<Status> answer) {
        try {
            schema = CollectionSchema.parseFrom(request.getSchema());
        } catch (InvalidProtocolBufferException e) {
            reply(request, answer, error("schema is not a CollectionSchema: " + e.getMessage()));
            return;
        }
        reply(request, answer, ok());
    }

    @Override
    public void describeCollection(DescribeCollectionRequest request, StreamObserver<DescribeCollectionResponse> answer) {
        reply(request, answer, DescribeCollectionResponse.newBuilder().setStatus(ok()).setCollectionName(request.getCollectionName())
                .setSchema(schema).setCollectionID(7).setShardsNum(1).build());
    }

    @Override
    public void createIndex(CreateIndexRequest request, StreamObserver<Status> answer) {
        reply(request, answer, ok());
    }

    @Override
    public void loadCollection(LoadCollectionRequest request, StreamObserver<Status> answer) {
        reply(request, answer, ok());
    }

    @Override
    public void getLoadingProgress(GetLoadingProgressRequest request, StreamObserver<GetLoadingProgressResponse> answer) {
        reply(request, answer, GetLoadingProgressResponse.newBuilder().setStatus(ok()).setProgress(100).build());
    }

    @Override
    public void upsert(UpsertRequest request, StreamObserver<MutationResult> answer) {
        List<String> ids = new ArrayList<>();
        synchronized (rows) {
            for (int i = 0; i < request.getNumRows(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (FieldData column : request.getFieldsDataList()) {
                    if (column.getType() == DataType.VarChar) {
                        row.put(column.getFieldName(), column.getScalars().getStringData().getData(i));
                    } else if (column.getType() == DataType.Array) {
                        row.put(column.getFieldName(), column.getScalars().getArrayData().getData(i).getStringData().getDataList());
                    }
                }
                rows.put((String) row.get("id"), row);
                ids.add((String) row.get("id"));
            }
        }
        reply(request, answer, MutationResult.newBuilder().setStatus(ok()).setUpsertCnt(ids.size())
                .setIDs(IDs.newBuilder().setStrId(StringArray.newBuilder().addAllData(ids))).build());
    }

    @Override
    public void delete(DeleteRequest request, StreamObserver<MutationResult> answer) {
        Predicate<Map<String, Object>> filter = filter(request.getExpr(), request.getExprTemplateValuesMap());
        if (filter == null) {
            reply(request, answer, MutationResult.newBuilder().setStatus(error("unknown filter " + request.getExpr())).build());
            return;
        }
        long deleted;
        synchronized (rows) {
            int before = rows.size();
            rows.values().removeIf(filter);
            deleted = before - rows.size();
        }
        reply(request, answer, MutationResult.newBuilder().setStatus(ok()).setDeleteCnt(deleted).build());
    }

    @Override
    public void query(QueryRequest request, StreamObserver<QueryResults> answer) {
        Predicate<Map<String, Object>> filter = filter(request.getExpr(), request.getExprTemplateValuesMap());
        if (filter == null) {
            reply(request, answer, QueryResults.newBuilder().setStatus(error("unknown filter " + request.getExpr())).build());
            return;
        }
        List<Map<String, Object>> found = matching(filter);
        QueryResults.Builder results = QueryResults.newBuilder().setStatus(ok()).setCollectionName(request.getCollectionName());
        if (request.getOutputFieldsList().equals(List.of("count(*)"))) {
            results.addOutputFields("count(*)").addFieldsData(FieldData.newBuilder().setFieldName("count(*)").setType(DataType.Int64)
                    .setScalars(ScalarField.newBuilder().setLongData(LongArray.newBuilder().addData(found.size()))));
        } else {
            long limit = request.getQueryParamsList().stream().filter(p -> p.getKey().equals("limit"))
                    .mapToLong(p -> Long.parseLong(p.getValue())).findFirst().orElse(Long.MAX_VALUE);
            found = found.stream().limit(limit).toList();
            results.addAllOutputFields(request.getOutputFieldsList());
            for (String field : request.getOutputFieldsList()) {
                results.addFieldsData(column(field, found));
            }
        }
        reply(request, answer, results.build());
    }

    @Override
    public void hybridSearch(HybridSearchRequest request, StreamObserver<SearchResults> answer) {
        List<Map<String, Object>> found;
        synchronized (rows) {
            found = ranking == null ? new ArrayList<>(rows.values())
                    : ranking.stream().map(rows::get).filter(row -> row != null).toList();
        }
        long limit = request.getRankParamsList().stream().filter(p -> p.getKey().equals("limit"))
                .mapToLong(p -> Long.parseLong(p.getValue())).findFirst().orElse(10);
        found = found.stream().limit(limit).toList();
        SearchResultData.Builder data = SearchResultData.newBuilder().setNumQueries(1).setTopK(limit).addTopks(found.size())
                .setPrimaryFieldName("id")
                .setIds(IDs.newBuilder().setStrId(StringArray.newBuilder().addAllData(found.stream().map(r -> (String) r.get("id")).toList())))
                .addAllOutputFields(request.getOutputFieldsList());
        for (int rank = 0; rank < found.size(); rank++) {
            // what RRF with k = 60 gives a row ranked first by both sub-searches, then second by both, ...
            data.addScores(2f / (60 + rank + 1));
        }
        for (String field : request.getOutputFieldsList()) {
            data.addFieldsData(column(field, found));
        }
        reply(request, answer, SearchResults.newBuilder().setStatus(ok()).setResults(data).setCollectionName(request.getCollectionName()).build());
    }

    private List<Map<String, Object>> matching(Predicate<Map<String, Object>> filter) {
        synchronized (rows) {
            return rows.values().stream().filter(filter).toList();
        }
    }

    /** The expressions the store sends, and nothing else. */
    private static Predicate<Map<String, Object>> filter(String expression, Map<String, TemplateValue> values) {
        return switch (expression) {
            case "" -> row -> true;
            case "id != \"\"" -> row -> !"".equals(row.get("id"));
            case "source == {s}" -> row -> values.get("s").getStringVal().equals(row.get("source"));
            case "source == {s} and hash != {h}" -> row -> values.get("s").getStringVal().equals(row.get("source"))
                    && !values.get("h").getStringVal().equals(row.get("hash"));
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private static FieldData column(String field, List<Map<String, Object>> found) {
        FieldData.Builder column = FieldData.newBuilder().setFieldName(field);
        if (VARCHAR_FIELDS.contains(field)) {
            return column.setType(DataType.VarChar).setScalars(ScalarField.newBuilder().setStringData(
                    StringArray.newBuilder().addAllData(found.stream().map(r -> (String) r.get(field)).toList()))).build();
        }
        ArrayArray.Builder arrays = ArrayArray.newBuilder().setElementType(DataType.VarChar);
        for (Map<String, Object> row : found) {
            arrays.addData(ScalarField.newBuilder().setStringData(StringArray.newBuilder().addAllData((List<String>) row.get(field))));
        }
        return column.setType(DataType.Array).setScalars(ScalarField.newBuilder().setArrayData(arrays)).build();
    }

    private <T> void reply(Message request, StreamObserver<T> answer, T response) {
        requests.add(request);
        answer.onNext(response);
        answer.onCompleted();
    }

    private static Status ok() {
        return Status.newBuilder().setCode(0).build();
    }

    private static Status error(String reason) {
        return Status.newBuilder().setCode(1100).setReason(reason).build();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
