package io.kubemate.bot.chat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inspection checks say their problems as keys; each key written there reads in English and in Chinese with the same facts. */
class FindingReasonsTest {

    private static final Pattern KEY = Pattern.compile("Reason\\.of\\(\"([a-z0-9.-]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final List<Path> INSPECTION_CODE = List.of(Path.of("../tools/src/main/java/io/kubemate/tools/inspect"),
            Path.of("src/main/java/io/kubemate/bot/inspect"));

    private final Messages messages = new Messages();

    private static Set<String> keys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : INSPECTION_CODE) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add("reason." + m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void every_literal_reason_key_in_the_inspection_code_has_english_and_chinese_text_with_the_same_placeholders() throws IOException {
        Set<String> keys = keys();
        assertTrue(keys.size() > 100, "finding keys found: " + keys);
        for (String key : keys) {
            for (Language language : Language.values()) {
                assertTrue(messages.has(language, key), "no " + language.code() + " text for " + key);
            }
            String en = raw(Language.EN, key);
            String zh = raw(Language.ZH, key);
            assertEquals(placeholders(en), placeholders(zh), "the Chinese text of " + key + " drops or adds a fact");
            assertNotEquals(en, zh, key + " is not translated");
        }
    }

    @Test
    void finding_keys_are_grouped_under_finding() throws IOException {
        assertTrue(keys().stream().allMatch(k -> k.startsWith("reason.finding.")), "keys: " + keys());
    }

    /** The text with placeholders left as they are: {0} filled with "{0}" and so on. */
    private String raw(Language language, String key) {
        return messages.get(language, key, "{0}", "{1}", "{2}", "{3}", "{4}");
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
    }
}
