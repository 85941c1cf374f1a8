package io.kubemate.tools.outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** The texts of {@link Reason}s in one language, read once from the prompts bundle on the classpath. */
public final class ReasonTexts {

    static final ReasonTexts ENGLISH = new ReasonTexts(load("prompts/messages_en.properties"));

    private final Properties texts;

    private ReasonTexts(Properties texts) {
        this.texts = texts;
    }

    String text(Reason reason) {
        String text = texts.getProperty(reason.messageKey());
        if (text == null) {
            throw new IllegalStateException("message " + reason.messageKey() + " is missing for en");
        }
        return fill(text, reason.args());
    }

    /** Replaces {0}, {1}… in order; no other syntax, so apostrophes and braces in the text stay as written. */
    public static String fill(String text, List<?> args) {
        String filled = text;
        for (int i = 0; i < args.size(); i++) {
            filled = filled.replace("{" + i + "}", String.valueOf(args.get(i)));
        }
        return filled;
    }

    private static Properties load(String resource) {
        try (InputStream in = ReasonTexts.class.getClassLoader().getResourceAsStream(resource)) {
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
