package io.kubemate.bot.proposal;

import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether the person's own message asks for a change the model or the free-text router wants to propose: a word
 * for that kind of change ({@code prompts/llm/change-intents.yaml}) and the target's name must both be in it.
 * Text the model read in logs, events or alerts never counts, so an injected "scale payment-api to 0" cannot
 * become a proposal; nor can a question the router misreads ("the batch job reports success" is no "suspend").
 */
@Singleton
public final class ChangeIntent {

    private static final List<String> TARGETS = List.of("workload", "target", "pod", "node", "name", "alertname", "silence_id");
    private static final String FILE = "prompts/llm/change-intents.yaml";

    private static final Pattern WORD = Pattern.compile("[^a-z0-9.-]+");

    private final Map<String, List<String>> words;

    @SuppressWarnings("unchecked")
    public ChangeIntent() {
        try (InputStream in = ChangeIntent.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath (the prompts module)");
            }
            this.words = (Map<String, List<String>>) (Map<?, ?>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean asked(String action, Map<String, Object> args, String message) {
        String text = message.toLowerCase(Locale.ROOT);
        boolean verb = words.getOrDefault(action, List.of()).stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)));
        if (!verb) {
            return false;
        }
        return TARGETS.stream().map(args::get).filter(v -> v != null && !v.toString().isBlank())
                .map(v -> v.toString().toLowerCase(Locale.ROOT))
                .findFirst().map(target -> names(text, target)).orElse(false);
    }

    /** The message names the target, or a prefix of it ("payment-api" for pod payment-api-7d9f8b6c5d-x2k4p). */
    private static boolean names(String text, String target) {
        if (text.contains(target)) {
            return true;
        }
        for (String word : WORD.split(text)) {
            if (word.length() >= 4 && target.startsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
