package io.kubemate.bot.router;

import io.kubemate.bot.TestBot;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouterTest {

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

    private static Route route(String text) {
        return router.route(Subject.ownCredentials(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "why is payment-api restarting?                 | diagnose        | payments",
            "Why does payment-api keep crashing             | diagnose        | payments",
            "what's wrong with ledger-api                   | diagnose        | payments",
            "why is payment-api getting OOMKilled?          | diagnose        | payments",
            "payment-api keeps restarting, why?             | diagnose        | payments",
            "payment-api in payments is crash looping again | diagnose        | payments",
            "payment-api 为什么一直重启？                      | diagnose        | payments",
            "payment-api 在 payments 一直重启，怎么回事？        | diagnose        | payments",
            "帮我排查一下 payment-api                          | diagnose        | payments",
            "/diagnose payment-api                          | diagnose        | payments",
            "get pods in payments                           | k8s_get         | payments",
            "show me the deployments in namespace payments  | k8s_get         | payments",
            "查看 payments 下的 pod                            | k8s_get         | payments",
            "/get deploy -n payments                        | k8s_get         | payments",
            "logs of payment-api                            | pod_logs        | payments",
            "payment-api 的日志                                | pod_logs        | payments",
            "events in payments                             | k8s_events      | payments",
            "describe deployment ledger-api                 | k8s_describe    | payments",
            "scale payment-api to 5                         | scale           | payments",
            "把 payment-api 扩容到 3 个副本                     | scale           | payments",
            "restart ledger-api                             | rollout_restart | payments",
            "roll back payment-api                          | rollback        | payments",
            "回滚 payment-api                                 | rollback        | payments",
            "roll back payment-api to revision 7            | rollback        | payments",
            "把 payment-api 回滚到 7 版本                       | rollback        | payments",
            "raise the memory limit of ledger-api to 1Gi    | set_resources   | payments",
            "把 ledger-api 的内存限制调到 2Gi                    | set_resources   | payments",
            "/resources ledger-api cpu_request=250m         | set_resources   | payments",
            "delete pod payment-api-7d9f8b6c5d-x2k4p        | delete_pod      | payments",
            "show the rollout history of payment-api        | rollout_history | payments",
            "payment-api 的发布历史                             | rollout_history | payments",
            "/history payment-api                           | rollout_history | payments",
            "删除 pod payment-api-7d9f8b6c5d-x2k4p             | delete_pod      | payments",
            "/delete payment-api-7d9f8b6c5d-q8m3n           | delete_pod      | payments",
    })
    void understands_common_phrasings(String text, String tool, String namespace) {
        Route route = route(text.strip());
        assertEquals(tool, route.tool(), route.toString());
        assertEquals(namespace, route.args().get("namespace"), route.toString());
        assertNull(route.ask(), route.toString());
        assertTrue(route.confidence() >= 0.8, route.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "etcd 空间满了怎么处理                               | etcd 空间满了",
            "PVC 一直 pending 怎么办？                           | pvc 一直 pending",
            "查一下手册 证书过期                                  | 证书过期",
            "what is the procedure when a PVC is stuck pending | when a pvc is stuck pending",
            "how do I fix a node that is NotReady              | node that is notready",
            "runbook for etcd quota exceeded                   | etcd quota exceeded",
            "/runbook etcd quota -n in kube-system             | etcd quota -n in kube-system",
    })
    void sends_how_to_questions_to_the_runbook_search(String text, String query) {
        Route route = route(text.strip());
        assertEquals("runbook_search", route.tool(), route.toString());
        assertEquals(Map.of("query", query.strip()), route.args());
        assertNull(route.ask(), route.toString());
    }

    @Test
    void asks_what_to_look_up_for_a_bare_runbook_command() {
        Route route = route("/runbook");
        assertEquals("runbook_search", route.tool());
        assertTrue(route.ask() != null, route.toString());
    }

    @Test
    void spells_resource_quantities_and_revisions_the_way_the_actions_take_them() {
        assertEquals(Map.of("namespace", "payments", "workload", "ledger-api", "memory_limit", "1Gi"),
                route("raise the memory limit of ledger-api to 1Gi").args());
        assertEquals(Map.of("namespace", "payments", "workload", "ledger-api", "cpu_request", "500m"),
                route("把 ledger-api 的 CPU 请求调到 500m").args());
        assertEquals("7", route("roll back payment-api to revision 7").args().get("revision"));
        assertEquals(Map.of("namespace", "payments", "workload", "ledger-api", "container", "api", "memory_limit", "768Mi"),
                route("/resources ledger-api container=api memory_limit=768Mi").args());
    }

    @Test
    void a_pod_deletion_never_picks_one_of_several_pods() {
        Route vague = route("delete pod payment-api");
        assertEquals("delete_pod", vague.tool());
        assertTrue(vague.ask() != null && vague.ask().key().equals("several_pods"), vague.toString());
        assertEquals(2, vague.candidates().size(), vague.toString());
    }

    @Test
    void offers_each_candidate_as_a_message_that_routes_to_exactly_that_one() {
        Route vague = route("delete pod payment-api");
        assertEquals(vague.candidates().size(), vague.choices().size(), vague.toString());
        for (int i = 0; i < vague.choices().size(); i++) {
            Route picked = route(vague.choices().get(i).say());
            assertNull(picked.ask(), picked.toString());
            assertEquals("delete_pod", picked.tool());
            assertTrue(vague.candidates().get(i).endsWith("/" + picked.args().get("pod")), vague.candidates().get(i) + " vs " + picked);
        }
        Route nodes = route("把节点 worker 设为不可调度");
        assertEquals(List.of("把节点 worker-01 设为不可调度", "把节点 worker-02 设为不可调度"),
                nodes.choices().stream().map(Choice::say).toList());
        assertEquals(Map.of("node", "worker-02"), route(nodes.choices().get(1).say()).args());
    }

    @Test
    void offers_choices_for_commands_and_none_when_nothing_matched() {
        Route command = route("/cordon worker");
        assertEquals("/cordon worker-01", command.choices().getFirst().say());
        assertTrue(route("why is checkout restarting?").choices().isEmpty(), "nothing to choose from");
    }

    @Test
    void resolves_names_into_the_design_arguments() {
        assertEquals(Map.of("replicas", 5, "namespace", "payments", "workload", "payment-api"), route("scale payment-api to 5").args());
        Route logs = route("previous logs of payment-api");
        assertEquals(true, logs.args().get("previous"));
        assertTrue(logs.args().get("pod").toString().startsWith("payment-api-7d9f8b6c5d-"), logs.toString());
    }

    @Test
    void resolves_nodes_for_cordon_and_uncordon() {
        assertEquals(Map.of("node", "worker-01"), route("cordon worker-01").args());
        assertEquals("cordon", route("把节点 worker-02 设为不可调度").tool());
        assertEquals("uncordon", route("/uncordon worker-01").tool());
        assertEquals(List.of("worker-01", "worker-02"), route("cordon worker").candidates());
    }

    @Test
    void routes_cronjob_suspension_and_only_to_cronjobs() {
        Route pause = route("pause cronjob nightly-report");
        assertEquals("suspend_cronjob", pause.tool());
        assertTrue(pause.ask().args().contains("nightly-report"), pause.toString());
        Route notACronJob = route("/resume ledger-api");
        assertEquals("resume_cronjob", notACronJob.tool());
        assertTrue(notACronJob.ask() != null, "a Deployment is not a CronJob: " + notACronJob);
    }

    @Test
    void understands_inspection_requests_in_both_languages() {
        assertEquals("inspect", route("/inspect").tool());
        assertEquals("inspect", route("run the daily inspection").tool());
        assertEquals("payments", route("巡检一下 payments").args().get("namespace"));
        assertEquals("inspect", route("巡检一下").tool());
    }

    @Test
    void asks_back_when_a_name_matches_nothing() {
        Route route = route("why is checkout restarting?");
        assertEquals("diagnose", route.tool());
        assertTrue(route.ask().args().contains("checkout"), route.toString());
    }

    @Test
    void asks_which_one_when_a_prefix_matches_several() {
        Route route = route("/diagnose l");
        assertTrue(route.ask() == null || !route.candidates().isEmpty(), route.toString());
        Route ambiguous = route("/scale p 3");
        assertEquals("scale", ambiguous.tool());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "what's the p99 latency of payment-api over the last hour | metrics_query   | shortcut=latency_p99;workload=payment-api;since=1h",
            "ledger-api 两小时内的请求量                                 | metrics_query   | shortcut=request_rate;workload=ledger-api;since=2h",
            "search ledger-api logs for \"timeout\" in the last 15 minutes | logs_query | query=timeout;workload=ledger-api;since=15m;namespace=payments",
            "any \"refused\" in the logs of ledger-api-5c6b7d8f9-lm2ab today | logs_query | query=refused;pod=ledger-api-5c6b7d8f9-lm2ab;namespace=payments",
            "traces of ledger-api slower than 500ms                     | traces_search   | service=ledger-api;min_duration=500ms",
            "看一下 trace 5b8aa5a2d2c872e8321cf37308d69df2               | trace_get       | trace_id=5b8aa5a2d2c872e8321cf37308d69df2",
            "silence HighLatency for 1h                                 | silence_alert   | alertname=HighLatency;duration=1h",
            "取消 HighLatency 的静默                                     | expire_silence  | alertname=HighLatency",
            "anything firing in payments right now?                     | alerts_list     | namespace=payments",
            "paymnet-api is crashlooping, help                          | diagnose        | workload=payment-api",
            "we need 6 ledger-api pods                                  | scale           | workload=ledger-api;replicas=6",
            "stop scheduling anything on worker-02                      | cordon          | node=worker-02",
            "worker-02 可以重新调度了                                      | uncordon        | node=worker-02",
            "先把 ledger-reconcile 定时任务停了                             | suspend_cronjob | name=ledger-reconcile;namespace=payments",
    })
    void routes_free_text_by_its_nearest_examples(String text, String tool, String args) {
        Route route = route(text.strip());
        assertEquals(tool, route.tool(), route.toString());
        assertNull(route.ask(), route.toString());
        for (String pair : args.strip().split(";")) {
            String[] kv = pair.split("=");
            assertEquals(kv[1], String.valueOf(route.args().get(kv[0])), route.toString());
        }
    }

    @Test
    void forgives_a_typo_in_a_known_phrasing() {
        Route route = route("why is paymnet-api restarting?");
        assertEquals("diagnose", route.tool());
        assertEquals("payment-api", route.args().get("workload"), route.toString());
    }

    @Test
    void asks_which_node_with_the_candidates_when_a_free_text_name_is_ambiguous() {
        Route route = route("mark worker unschedulable");
        assertEquals("cordon", route.tool(), route.toString());
        assertEquals(List.of("worker-01", "worker-02"), route.candidates());
    }

    @Test
    void leaves_alert_talk_to_the_free_text_router_not_the_listing_phrasing() {
        assertEquals("alerts_list", route("show alerts").tool());
    }

    @Test
    void gives_up_on_text_it_does_not_know() {
        Route route = route("tell me a joke");
        assertNull(route.tool());
        assertEquals(0.0, route.confidence());
    }

    @Test
    void reports_an_unknown_command() {
        Route route = route("/frobnicate now");
        assertEquals("help", route.tool());
        assertEquals("/frobnicate", route.args().get("unknown"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the chatbot in payments says model not found, what's wrong?     | payments",
            "payment-api in payments says model not found, what's wrong?     | payments",
            "payment-api returns \"model qwen2.5:7b not found\"              | ",
            "is the ollama in payments healthy?                              | payments",
            "does the model server have the expected models?                 | ",
            "new pods can't pull their images, is the registry down?         | ",
            "is harbor down?                                                 | ",
            "新发布的 pod 都拉不下镜像，harbor 是不是挂了？                        | ",
            "镜像仓库是不是挂了                                                 | ",
            "payments 命名空间的知识库问答报 model not found，是怎么回事？          | payments",
            "ollama 上是不是缺模型                                              | ",
    })
    void sends_model_server_and_registry_questions_to_the_inspection(String text, String namespace) {
        Route route = route(text.strip());
        assertEquals("inspect", route.tool(), route.toString());
        assertEquals(namespace == null || namespace.isBlank() ? null : namespace.strip(), route.args().get("namespace"), route.toString());
        assertNull(route.ask(), route.toString());
    }
}
