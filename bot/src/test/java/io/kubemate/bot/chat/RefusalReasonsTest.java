package io.kubemate.bot.chat;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tools say why they had no answer as keys; every key written in the code has its text in both languages. */
class RefusalReasonsTest {

    private static final Pattern KEY = Pattern.compile("Reason\\.of\\(\"([a-z0-9.-]+)\"");

    private final Messages messages = new Messages();

    @Test
    void every_literal_reason_key_in_the_code_has_english_and_chinese_text() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path root : List.of(Path.of("../tools/src/main/java"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(keys.size() > 40, "reason keys found: " + keys);
        for (String key : keys) {
            for (Language language : Language.values()) {
                assertTrue(messages.has(language, "reason." + key), "no " + language.code() + " text for reason." + key);
            }
        }
    }

    @Test
    void a_reason_reads_in_the_persons_language_and_the_model_gets_english() {
        Outcome<Object> refused = Outcome.badRequest(Reason.of("metrics.query-missing", "cpu, memory"));
        Outcome.Refusal refusal = (Outcome.Refusal) refused;
        assertEquals("metrics_query needs a PromQL query or a shortcut (cpu, memory)", refusal.reason());
        assertEquals("查询指标需要一条 PromQL 语句或一个快捷方式（cpu, memory）", messages.reason(Language.ZH, refusal));
    }

    @Test
    void a_reason_without_a_key_is_shown_as_the_tool_wrote_it() {
        Outcome.Refusal refusal = new Outcome.NoData<>("Prometheus 'main' answered 503");
        assertEquals("Prometheus 'main' answered 503", messages.reason(Language.ZH, refusal));
    }
}
