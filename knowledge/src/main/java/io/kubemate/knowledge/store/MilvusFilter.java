package io.kubemate.knowledge.store;

import io.kubemate.knowledge.Audience;
import io.kubemate.knowledge.Visibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The visibility of a chunk as Milvus stores it, and the filter expression that lets an audience find only what
 * it may ({@link Audience#sees}), evaluated by Milvus inside both sub-searches so restricted chunks never take a
 * place among the candidates.
 */
final class MilvusFilter {

    /** Stored beside the namespace tokens of a chunk restricted to namespaces: what "every namespace" matches. */
    static final String ANY_NAMESPACE = Visibility.NAMESPACE_PREFIX + "*";
    static final String TOKENS = "tokens";

    private MilvusFilter() {
    }

    static List<String> stored(Visibility visibility) {
        List<String> tokens = new ArrayList<>(visibility.tokens());
        if (!visibility.namespaces().isEmpty()) {
            tokens.add(ANY_NAMESPACE);
        }
        if (tokens.size() > MilvusSchema.VISIBILITY_MAX) {
            throw new StoreException("a document visible to " + visibility.tokens().size() + " namespaces and roles exceeds"
                    + " the " + (MilvusSchema.VISIBILITY_MAX - 1) + " the Milvus store keeps");
        }
        return tokens;
    }

    static Visibility visibility(List<?> stored) {
        List<String> tokens = new ArrayList<>();
        for (Object token : stored == null ? List.of() : stored) {
            if (!ANY_NAMESPACE.equals(String.valueOf(token))) {
                tokens.add(String.valueOf(token));
            }
        }
        return Visibility.ofTokens(tokens);
    }

    /** The filter for {@code audience}: empty for everything; its values go in {@link #values}. */
    static String expression(Audience audience) {
        if (audience.everything()) {
            return "";
        }
        String publicOnly = "array_length(" + MilvusSchema.VISIBILITY + ") == 0";
        return searchable(audience).isEmpty() ? publicOnly
                : publicOnly + " or array_contains_any(" + MilvusSchema.VISIBILITY + ", {" + TOKENS + "})";
    }

    static Map<String, Object> values(Audience audience) {
        List<String> tokens = searchable(audience);
        return audience.everything() || tokens.isEmpty() ? Map.of() : Map.of(TOKENS, tokens);
    }

    private static List<String> searchable(Audience audience) {
        List<String> tokens = new ArrayList<>(audience.tokens());
        if (audience.allNamespaces()) {
            tokens.add(ANY_NAMESPACE);
        }
        return tokens;
    }
}
