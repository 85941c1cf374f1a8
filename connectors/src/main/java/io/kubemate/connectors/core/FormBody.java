package io.kubemate.connectors.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An {@code application/x-www-form-urlencoded} body; the first value wins for repeated names. */
public final class FormBody {

    private FormBody() {
    }

    public static Map<String, String> parse(byte[] rawBody) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = new String(rawBody, StandardCharsets.UTF_8);
        if (body.isBlank()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }
}
