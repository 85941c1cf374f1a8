package io.kubemate.bot.router;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The read that answers a question about a change, from {@code prompts/router/question-reads.yaml}: "is it safe to
 * cordon worker-02?" becomes a description of worker-02, "payment-api 要不要回滚？" its rollout history.
 */
final class QuestionReads {

    static final String RESOURCE = "prompts/router/question-reads.yaml";
    /** "was worker-02 cordoned?", "is ledger-reconcile suspended?", "是不是已经停了": whether the change already happened. */
    private static final Pattern STATE = Pattern.compile(
            "\\b(?:was|were|been|already|did)\\b|[a-z]ed\\s*[?？]*\\s*$|已经|是不是被|被.{0,12}了|了没|过吗|过\\s*[?？]*\\s*$");

    /** @param keepsAsk whether the change's question back (which node?) stays; false for a read that answers without it */
    private record Read(String tool, Map<String, Map<String, String>> args, boolean keepsAsk) {
    }

    private final Map<String, Map<String, Read>> reads;

    private QuestionReads(Map<String, Map<String, Read>> reads) {
        this.reads = reads;
    }

    @SuppressWarnings("unchecked")
    static QuestionReads load() {
        try (InputStream in = QuestionReads.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath (the prompts module)");
            }
            Map<String, Map<String, Map<String, Object>>> raw = (Map<String, Map<String, Map<String, Object>>>)
                    new Yaml(new SafeConstructor(new LoaderOptions())).<Map<String, Object>>load(in).get("reads");
            Map<String, Map<String, Read>> reads = new LinkedHashMap<>();
            raw.forEach((change, byCase) -> {
                Map<String, Read> cases = new LinkedHashMap<>();
                byCase.forEach((which, read) -> cases.put(which, new Read((String) read.get("tool"),
                        (Map<String, Map<String, String>>) read.get("args"), !Boolean.FALSE.equals(read.get("ask")))));
                reads.put(change, cases);
            });
            return new QuestionReads(reads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The change tools this file answers questions about. */
    Set<String> changes() {
        return reads.keySet();
    }

    /**
     * The read answering {@code message}, a question the router first took for {@code change}; its arguments from
     * the change's; the change's question back (which node?) kept when it had one. Empty for a change not listed.
     */
    Optional<Route> answer(String message, Route change) {
        Map<String, Read> cases = reads.get(change.tool());
        if (cases == null) {
            return Optional.empty();
        }
        boolean state = STATE.matcher(message.toLowerCase(Locale.ROOT)).find() && cases.containsKey("state");
        Read read = cases.get(state ? "state" : "read");
        Map<String, Object> args = new LinkedHashMap<>();
        read.args().forEach((name, source) -> {
            Object value = source.containsKey("value") ? source.get("value") : change.args().get(source.get("from"));
            if (value != null) {
                args.put(name, value);
            }
        });
        return Optional.of(read.keepsAsk() ? new Route(read.tool(), args, change.confidence(), change.ask(), change.candidates(), change.choices())
                : Route.of(read.tool(), args, change.confidence()));
    }
}
