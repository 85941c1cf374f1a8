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
