package io.kubemate.tools.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A label matcher of a silence: {@code name="value"}, {@code !=}, {@code =~} or {@code !~}. */
public record Matcher(String name, String value, @JsonProperty("isRegex") boolean isRegex,
                      @JsonProperty("isEqual") Boolean isEqual) {

    public static Matcher equal(String name, String value) {
        return new Matcher(name, value, false, true);
    }

    @Override
    public String toString() {
        boolean equal = isEqual == null || isEqual;
        return name + (isRegex ? (equal ? "=~" : "!~") : (equal ? "=" : "!=")) + "\"" + value + "\"";
    }
}
