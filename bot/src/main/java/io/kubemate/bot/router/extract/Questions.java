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
            "^(?:how|what|what's|which|why|when|where|who|whose|is|are|was|were|does|do|did|has|have|had|should|shall|any)\\b"
                    + "|几个|几台|几副本|多少|为什么|为啥|是否|是不是|有没有|怎么样|吗\\s*[?？]?\\s*$|呢\\s*[?？]?\\s*$");

    private Questions() {
    }

    public static boolean asksRatherThanRequests(String message) {
        String text = message.strip().toLowerCase(Locale.ROOT);
        return !REQUEST.matcher(text).find() && ASKS.matcher(text).find();
    }
}
