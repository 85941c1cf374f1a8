package io.kubemate.bot.chat;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/** Reply texts from {@code prompts/messages_<lang>.properties}; {0}, {1}… are replaced in order. */
@Singleton
public final class Messages {

    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

    public Messages() {
        for (Language language : Language.values()) {
            texts.put(language, load("prompts/messages_" + language.code() + ".properties"));
        }
    }

    public boolean has(Language language, String key) {
        return texts.get(language).getProperty(key) != null;
    }

    public String get(Language language, String key, Object... args) {
        String text = texts.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("message " + key + " is missing for " + language.code());
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static Properties load(String resource) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath (the prompts module)");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
