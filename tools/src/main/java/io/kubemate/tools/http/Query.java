package io.kubemate.tools.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds an encoded query string, skipping null values. */
public final class Query {

    private final StringJoiner parts = new StringJoiner("&");

    public Query add(String name, Object value) {
        if (value != null) {
            parts.add(encode(name) + "=" + encode(value.toString()));
        }
        return this;
    }

    public String path(String path) {
        String q = parts.toString();
        return q.isEmpty() ? path : path + "?" + q;
    }

    public String form() {
        return parts.toString();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
