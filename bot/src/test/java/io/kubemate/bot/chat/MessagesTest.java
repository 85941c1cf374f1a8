package io.kubemate.bot.chat;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    private static Properties load(String lang) throws Exception {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getClassLoader().getResourceAsStream("prompts/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chinese_and_english_have_the_same_messages() throws Exception {
        assertEquals(load("en").stringPropertyNames(), load("zh").stringPropertyNames());
    }

    @Test
    void every_question_the_router_asks_has_its_text() throws Exception {
        Properties en = load("en");
        java.util.regex.Pattern asked = java.util.regex.Pattern.compile("Ask\\.of\\(\"([a-z_]+)\"");
        java.util.List<String> keys = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/io/kubemate/bot/router")).filter(f -> f.toString().endsWith(".java"))) {
            for (var file : files.toList()) {
                var m = asked.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertTrue(keys.size() > 20, "questions found: " + keys);
        keys.forEach(key -> assertTrue(en.containsKey("route.ask." + key), "no text for route.ask." + key));
    }

    @Test
    void fills_in_arguments_and_keeps_chinese_text() {
        Messages messages = new Messages();
        assertEquals("Nothing to show: no pods.", messages.get(Language.EN, "nodata", "no pods"));
        assertTrue(messages.get(Language.ZH, "nodata", "无").startsWith("没有可显示的内容"));
    }

    @Test
    void picks_the_language_of_the_message() {
        assertEquals(Language.ZH, Language.of("巡检一下 prod"));
        assertEquals(Language.EN, Language.of("get pods in prod"));
    }
}
