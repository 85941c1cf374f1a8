package io.kubemate.bot.router.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message asks what or why something is wrong ("What is wrong with payment-api?", "Why did the
 * settlement-export job fail?", "ledger-api 为啥起不来", "payments 怎么了"), and whether it names the evidence it wants
 * instead (logs, a metric, traces, alerts, events, a listing), which then decides the tool — except that a question
 * for the cause that only says it saw the symptom in the logs ("日志里一直报 No space left on device，是什么原因？") is
 * still asking what is wrong: the diagnosis reads those logs.
 */
public final class TroubleWords {

    private static final Pattern TROUBLE = Pattern.compile(
            "\\bwrong\\b|\\bwhat(?:'s| is) the (?:error|cause)\\b|\\bissues?\\b|\\bproblems?\\b|\\bbroken\\b|\\bfail(?:s|ed|ing|ure)?\\b|\\bwhy\\b|what'?s up with|going on"
                    + "|not (?:ready|coming up|starting|working|healthy)|\\bunhealthy\\b|\\bstuck\\b|can'?t reach|\\bdown\\b\\s*[?？]|\\bcrash"
                    + "|\\bis (?:everything|all) ok|\\bis something off|\\bsomething(?:'s| is) off|\\btimeouts?\\b|\\b5\\d\\d\\b"
                    + "|怎么了|咋了|咋回事|怎么回事|为什么|为啥|什么原因|啥原因|啥问题|什么问题|有问题|出问题|出了什么|起不来|没起来|挂了|老挂|异常|不正常"
                    + "|排查|咋整|什么情况|啥情况|出啥事|出什么事|出事|不\\s*ready|超时|访问不了|连不上|卡在|一直重启");
    private static final Pattern EVIDENCE = Pattern.compile(
            "\\blogs?\\b|\\bgrep\\b|\\bmetrics?\\b|\\bcpu\\b|\\bmem(?:ory)?\\b|\\blatency\\b|\\bp9\\d\\b|\\btraces?\\b|\\bspans?\\b"
                    + "|\\balerts?\\b|\\balarms?\\b|\\bfiring\\b|\\bpag(?:e|ed|es|ing)\\b|\\bevents?\\b|\\bdescribe\\b|\\bhistory\\b|\\brunbook\\b"
                    + "|\\bhow (?:do|to|should|can) i\\b|\\bhow to\\b|\\blist\\b|\\bsilence"
                    + "|日志|指标|内存|延迟|链路|调用链|告警|报警|事件|详情|描述|历史|发布记录|手册|预案|怎么排查|如何排查|该怎么|静默|列一下|有哪些");

    /** Asks for the cause itself: a log mentioned with it is where the person saw the symptom, not what they want. */
    private static final Pattern CAUSE = Pattern.compile(
            "\\bwhy\\b|\\bwhat(?:'s| is) the (?:error|cause)\\b|\\broot cause\\b|\\bwhat causes\\b|是什么原因|什么原因|啥原因|为什么|为啥");
    /** Evidence words that only say where a symptom was seen: logs. */
    private static final Pattern LOGS_ONLY = Pattern.compile("\\blogs?\\b|日志");

    private TroubleWords() {
    }

    /** The message asks for the cause of something ("why…", "what is the error in…", "是什么原因"). */
    public static boolean asksForTheCause(String message) {
        return CAUSE.matcher(message.toLowerCase(Locale.ROOT)).find();
    }

    /** The message asks what or why something is wrong, and names no other evidence it wants. */
    public static boolean asksWhatIsWrong(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        if (!TROUBLE.matcher(text).find()) {
            return false;
        }
        return !EVIDENCE.matcher(text).find()
                || CAUSE.matcher(text).find() && !EVIDENCE.matcher(LOGS_ONLY.matcher(text).replaceAll(" ")).find();
    }
}
