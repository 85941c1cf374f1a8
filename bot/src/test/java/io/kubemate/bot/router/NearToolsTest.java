package io.kubemate.bot.router;

import io.kubemate.bot.router.extract.NameMention;
import io.kubemate.tools.kube.ResourceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NearToolsTest {

    private static final List<NameMention> NAMESPACE_ONLY =
            List.of(new NameMention("shop", ResourceKind.NAMESPACE, null, "shop", 0));

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "logs_query    | checkout 挂之前打了什么日志                  | pod_logs",
            "logs_query    | search checkout logs for refused             | logs_query",
            "silence_alert | 列出所有静默                                 | silences_list",
            "silence_alert | 静默 HighLatency 两小时                       | silence_alert",
            "traces_search | memory of checkout this morning              | metrics_query",
            "traces_search | slow calls of checkout                       | traces_search",
            "pod_logs      | details of checkout-pod                      | k8s_describe",
            "pod_logs      | tail checkout-pod                            | pod_logs",
            "alerts_list   | any problems in shop                         | inspect",
            "alerts_list   | any alerts firing in shop                    | alerts_list",
            "scale         | show the details of checkout                 | scale",
    })
    void lets_the_telling_word_decide_between_two_close_tools(String tool, String message, String expected) {
        assertEquals(expected, NearTools.choose(tool, message, message, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "shop 里有哪些 configmap | k8s_get",
            "describe namespace shop | k8s_describe",
    })
    void a_namespace_described_with_another_kind_named_is_a_listing_of_that_kind(String message, String expected) {
        assertEquals(expected, NearTools.choose("k8s_describe", message, message, NAMESPACE_ONLY));
    }
}
