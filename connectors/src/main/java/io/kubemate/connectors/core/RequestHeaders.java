package io.kubemate.connectors.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** HTTP request headers, looked up without regard to case as HTTP requires. */
public final class RequestHeaders {

    private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private RequestHeaders(Map<String, List<String>> headers) {
        headers.forEach((name, list) -> values.put(name.toLowerCase(Locale.ROOT), List.copyOf(list)));
    }

    public static RequestHeaders of(Map<String, List<String>> headers) {
        return new RequestHeaders(headers);
    }

    /** Convenience for tests and single-valued headers: name, value, name, value… */
    public static RequestHeaders of(String... nameValues) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            map.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return new RequestHeaders(map);
    }

    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.getFirst());
    }
}
