package io.kubemate.bot.router;

import io.kubemate.bot.router.extract.AlertNames;
import io.kubemate.bot.router.extract.Durations;
import io.kubemate.bot.router.extract.MetricWords;
import io.kubemate.bot.router.extract.NameMention;
import io.kubemate.bot.router.extract.TroubleWords;
import io.kubemate.tools.kube.ResourceKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    private static final Pattern ALERT_WORDS = Pattern.compile("alert|alarm|fir(?:e|ing)|pag(?:e|ed|ing)|告警|报警|在响|呼我们|被呼");
    private static final Pattern INSPECT_WORDS = Pattern.compile("scan|inspect|health|issue|problem|broken|wrong|巡检|检查|问题|隐患|异常");
    private static final Pattern SILENCE_WORDS = Pattern.compile("silence|mute|静默|屏蔽");

    private NearTools() {
    }

    /** A silence word, an alert's name and how long: "mute HighLatency in payments for 1h". */
    private static boolean silenceRequest(String message, String text) {
        return SILENCE_WORDS.matcher(text).find() && AlertNames.find(message).isPresent() && Durations.find(message).isPresent();
    }

    /**
     * Between the two likeliest tools the router would ask about, the one the message's own words name: "what is paging
     * us" names alerts, not an inspection or silences. Empty when the words do not decide.
     */
    static Optional<String> decide(String first, String second, String message) {
        String text = message.toLowerCase(Locale.ROOT);
        List<String> pair = List.of(first, second);
        if (pair.contains("alerts_list") && ALERT_WORDS.matcher(text).find() && !SILENCE_WORDS.matcher(text).find()
                && !INSPECT_WORDS.matcher(text).find()) {
            return Optional.of("alerts_list");
        }
        return Optional.empty();
    }

    /** {@code masked} is the message with its names as stand-in words, so that no name is read as a kind word. */
    static String choose(String tool, String message, String masked, List<NameMention> mentions) {
        String text = message.toLowerCase(Locale.ROOT);
        return switch (tool) {
            case "logs_query" -> FreeTextArguments.PREVIOUS.matcher(text).find() ? "pod_logs" : tool;
            case "silence_alert" -> AlertNames.find(message).isEmpty() && LISTING.matcher(text).find() ? "silences_list" : tool;
            // "silence X in payments for 2h" and "屏蔽一下 payments 的 X，30分钟": an alert, a duration and the word
            case "silences_list", "alerts_list" -> silenceRequest(message, text) ? "silence_alert"
                    : tool.equals("alerts_list") && !ALERT_WORDS.matcher(text).find() && INSPECT_WORDS.matcher(text).find() ? "inspect" : tool;
            case "inspect" -> silenceRequest(message, text) ? "silence_alert" : ALERT_WORDS.matcher(text).find() && !INSPECT_WORDS.matcher(text).find() ? "alerts_list" : tool;
            case "diagnose" -> !TroubleWords.asksWhatIsWrong(message) && MetricWords.find(message).isPresent() ? "metrics_query" : tool;
            case "traces_search" -> !TRACE_WORDS.matcher(text).find()
                    && MetricWords.find(message).filter(NOT_LATENCY::contains).isPresent() ? "metrics_query" : tool;
            case "pod_logs" -> !LOG_WORDS.matcher(text).find() && DETAIL_WORDS.matcher(text).find() ? "k8s_describe" : tool;
            case "k8s_describe" -> mentions.stream().allMatch(m -> m.kind() == ResourceKind.NAMESPACE)
                    && KindWords.find(masked).filter(kind -> !kind.equals("namespace")).isPresent() ? "k8s_get" : tool;
            default -> tool;
        };
    }
}
