package io.kubemate.bot.router.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message asks about the state of things rather than for a change: "how many replicas does payment-api
 * have?", "does ledger-api have 3 replicas?", "ledger-api 现在有几个副本？". A polite request phrased as a question
 * ("can you scale payment-api to 3?", "能把 ledger-api 扩到 3 个吗") is a request.
 */
public final class Questions {

    private static final Pattern REQUEST = Pattern.compile(
            "^(?:please|pls|kindly|can you|could you|would you|will you|can we|could we|let's|let us|i want|i need|go ahead)\\b"
                    + "|^(?:请|帮|麻烦|能不能|能否|能|可以|可不可以|给我|把)");
    private static final Pattern ASKS = Pattern.compile(
            "^(?:how|what|what's|which|why|when|where|who|whose|is|are|was|were|does|do|did|has|have|had|should|shall|any"
                    + "|would|will (?!you\\b)|can i|could i|may i|is it)\\b"
                    + "|\\b(?:is it safe|safe to|what happens if|what if|would it|will it|is that safe)\\b"
                    + "|[.!。！]\\s*(?:why|what|how)\\b|\\bwhy\\s*[?？]\\s*$"
                    + "|几个|几台|几副本|多少|为什么|为啥|是否|是不是|有没有|怎么样|要不要|该不该|需不需要|会不会|能不能安全|安全吗|会影响|影响哪些|的话"
                    + "|吗\\s*[?？]?\\s*$|呢\\s*[?？]?\\s*$|了没有?\\s*[?？]?\\s*$|过吗|[^?？]*(?:回滚|重启|暂停|封锁)过");

    private Questions() {
    }

    public static boolean asksRatherThanRequests(String message) {
        String text = message.strip().toLowerCase(Locale.ROOT);
        return !REQUEST.matcher(text).find() && ASKS.matcher(text).find();
    }
}
