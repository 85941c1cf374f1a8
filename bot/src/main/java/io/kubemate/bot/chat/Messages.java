package io.kubemate.bot.chat;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.outcome.ReasonTexts;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        return ReasonTexts.fill(text, Arrays.asList(args));
    }

    /** Why a tool gave no answer, in the person's language where the tool said why in a key, else as the tool wrote it. */
    public String reason(Language language, Outcome.Refusal refusal) {
        return refusal.localisable().filter(why -> has(language, why.messageKey()))
                .map(why -> get(language, why.messageKey(), why.args().toArray()))
                .orElse(refusal.reason());
    }

    /** A text a tool said as a key, in the person's language where the bundle has it, else in English. */
    public String text(Language language, Reason why) {
        return has(language, why.messageKey()) ? get(language, why.messageKey(), why.args().toArray()) : why.english();
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
