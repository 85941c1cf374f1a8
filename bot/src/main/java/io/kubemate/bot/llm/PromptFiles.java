package io.kubemate.bot.llm;

import io.kubemate.bot.chat.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The model's prompt files under {@code prompts/llm/}, read from the classpath (the prompts module). */
final class PromptFiles {

    static final String FOLDER = "prompts/llm/";

    private PromptFiles() {
    }

    static String systemTemplate(Language language) {
        return text(FOLDER + "system_" + language.code() + ".md");
    }

    static String text(String resource) {
        try (InputStream in = PromptFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath (the prompts module)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
