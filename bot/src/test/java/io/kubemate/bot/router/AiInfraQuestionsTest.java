package io.kubemate.bot.router;

import io.kubemate.bot.TestBot;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Questions about GPUs and Milvus, as people ask them in chat, run the whole-cluster inspection that has the GPU and Milvus checks. */
class AiInfraQuestionsTest {

    private static ClusterAccess cluster;
    private static Router router;

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(TestBot.SCENARIO.resolve("cluster"), null);
        router = TestRouters.over(cluster);
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "the gpu servers keep crashing our jobs",
            "GPU node 7 is broken since this morning?",
            "are our GPUs healthy?",
            "any XID errors on the cluster?",
            "is anyone wasting gpus",
            "which notebooks are sitting on idle GPUs?",
            "is milvus healthy?",
            "显卡是不是掉卡了",
            "GPU 节点 2 上的训练任务老是失败，怎么回事？",
            "集群里的 GPU 有没有被闲置",
            "哪些 pod 占着 GPU 不用？",
            "milvus 是不是挂了"})
    void a_gpu_or_milvus_question_runs_the_whole_cluster_inspection(String question) {
        Route route = router.route(Subject.ownCredentials(), question);
        assertEquals("inspect", route.tool(), route.toString());
        assertNull(route.args().get("namespace"), route.toString());
    }
}
