package io.kubemate.bot.router;

import io.kubemate.bot.router.extract.AlertNames;
import io.kubemate.bot.router.extract.MetricWords;
import io.kubemate.bot.router.extract.NameMention;
import io.kubemate.tools.kube.ResourceKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pairs of tools whose examples an embedding finds close although one word tells them apart: a listing of
 * silences and a new silence, the logs of a crashed container and a log search, a request rate and slow
 * requests. When the nearest examples name one of the pair but the message carries the other's word (and
 * not its own), the word decides.
 */
final class NearTools {

    private static final Set<String> NOT_LATENCY = Set.of("request_rate", "error_ratio", "memory", "cpu", "restarts");
    private static final Pattern LISTING = Pattern.compile("\\blist|\\bshow|\\bwhich|\\bwhat|\\bany\\b|列|哪些|有啥|看看|看下|清单");
    private static final Pattern TRACE_WORDS = Pattern.compile("trace|span|jaeger|slow|链路|调用链|慢");
    private static final Pattern LOG_WORDS = Pattern.compile("\\blog|print|output|\\btail\\b|stdout|stderr|日志|输出|打印");
    private static final Pattern DETAIL_WORDS = Pattern.compile("detail|describe|spec\\b|详情|详细|描述");
    private static final Pattern ALERT_WORDS = Pattern.compile("alert|alarm|fir(?:e|ing)|pag(?:e|ing)|告警|报警|在响");
    private static final Pattern INSPECT_WORDS = Pattern.compile("scan|inspect|health|issue|problem|巡检|检查|问题|隐患");

    private NearTools() {
    }

    /** {@code masked} is the message with its names as stand-in words, so that no name is read as a kind word. */
    static String choose(String tool, String message, String masked, List<NameMention> mentions) {
        String text = message.toLowerCase(Locale.ROOT);
        return switch (tool) {
            case "logs_query" -> FreeTextArguments.PREVIOUS.matcher(text).find() ? "pod_logs" : tool;
            case "silence_alert" -> AlertNames.find(message).isEmpty() && LISTING.matcher(text).find() ? "silences_list" : tool;
            case "traces_search" -> !TRACE_WORDS.matcher(text).find()
                    && MetricWords.find(message).filter(NOT_LATENCY::contains).isPresent() ? "metrics_query" : tool;
            case "pod_logs" -> !LOG_WORDS.matcher(text).find() && DETAIL_WORDS.matcher(text).find() ? "k8s_describe" : tool;
            case "alerts_list" -> !ALERT_WORDS.matcher(text).find() && INSPECT_WORDS.matcher(text).find() ? "inspect" : tool;
            case "k8s_describe" -> mentions.stream().allMatch(m -> m.kind() == ResourceKind.NAMESPACE)
                    && KindWords.find(masked).filter(kind -> !kind.equals("namespace")).isPresent() ? "k8s_get" : tool;
            default -> tool;
        };
    }
}
