package io.kubemate.bot.router;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "raise the memory limit of checkout to 1gi" arrives as slots field=memory, which=limit, quantity=1gi (the
 * phrase book lower-cases messages); this turns them into {@code memory_limit=1Gi}, the argument and the
 * quantity spelling Kubernetes expects.
 */
final class ResourceWords {

    private static final Pattern QUANTITY = Pattern.compile("([0-9.]+)([a-z]{0,2})");
    private static final Map<String, String> SUFFIXES = Map.of("ki", "Ki", "mi", "Mi", "gi", "Gi", "ti", "Ti", "k", "k",
            "g", "G", "t", "T");

    private ResourceWords() {
    }

    static Intent spelledOut(Intent intent) {
        String field = intent.slot("field");
        String which = intent.slot("which");
        String quantity = intent.slot("quantity");
        if (field == null || which == null || quantity == null) {
            return intent;
        }
        String resource = field.toLowerCase(Locale.ROOT).startsWith("cpu") ? "cpu" : "memory";
        String kind = which.equals("limit") || which.equals("限制") ? "limit" : "request";
        Map<String, String> slots = new LinkedHashMap<>(intent.slots());
        slots.keySet().removeAll(List.of("field", "which", "quantity"));
        slots.put(resource + "_" + kind, quantity(resource, quantity));
        return new Intent(intent.tool(), slots, intent.confidence());
    }

    private static String quantity(String resource, String text) {
        Matcher m = QUANTITY.matcher(text.trim());
        if (!m.matches()) {
            return text;
        }
        String suffix = m.group(2);
        if (suffix.isEmpty() || ("cpu".equals(resource) && "m".equals(suffix))) {
            return m.group(1) + suffix;
        }
        if ("m".equals(suffix)) {
            return m.group(1) + "M";
        }
        return m.group(1) + SUFFIXES.getOrDefault(suffix, suffix);
    }
}
