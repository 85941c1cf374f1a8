package io.kubemate.bot.router;

import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrasings of {@code prompts/router/phrases.yaml}, compiled. Matches a whole normalised message
 * against them and returns the first tool that fits, with its named groups as slots.
 */
@Singleton
public final class PhraseBook {

    static final String RESOURCE = "prompts/router/phrases.yaml";
    private static final String NAME = "[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?";
    private static final Pattern GROUP_NAMES = Pattern.compile("\\(\\?<([a-zA-Z]+)>");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,，。.!！?？:：;；]+|[\\s,，。.!！?？:：;；]+$");

    /** {@code asAsked}: the block says {@code as-asked: true}, so a question worded so is answered by this tool as it stands. */
    private record Phrase(String tool, Pattern pattern, List<String> groups, boolean asAsked) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final List<String> prefixes;
    private final List<String> suffixes;
    private final Map<String, String> kindWords;

    @SuppressWarnings("unchecked")
    public PhraseBook() {
        Map<String, Object> root = load();
        Map<String, List<String>> fillers = (Map<String, List<String>>) root.get("fillers");
        this.prefixes = fillers.get("prefix");
        this.suffixes = fillers.get("suffix");
        this.kindWords = new LinkedHashMap<>((Map<String, String>) root.get("kinds"));
        for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("phrases")) {
            String tool = (String) entry.get("tool");
            boolean asAsked = Boolean.TRUE.equals(entry.get("as-asked"));
            for (String pattern : (List<String>) entry.get("patterns")) {
                phrases.add(new Phrase(tool, Pattern.compile(pattern.replace("NAME", NAME)), groupNames(pattern), asAsked));
            }
        }
    }

    public Optional<Intent> match(String message) {
        return first(message).map(found -> found.intent);
    }

    /**
     * Whether the phrasing {@code message} matches is marked {@code as-asked}: what it asks about is only measured by
     * its tool (a node's disk predicted full, a container's memory climbing for a day), so the question is not re-read
     * as a diagnosis of the object it names.
     */
    public boolean asAsked(String message) {
        return first(message).map(found -> found.phrase.asAsked()).orElse(false);
    }

    private record Found(Phrase phrase, Intent intent) {
    }

    private Optional<Found> first(String message) {
        String text = normalise(message);
        for (Phrase phrase : phrases) {
            Matcher matcher = phrase.pattern().matcher(text);
            if (matcher.matches()) {
                Map<String, String> slots = new LinkedHashMap<>();
                for (String group : phrase.groups()) {
                    String value = matcher.group(group);
                    if (value != null && !value.isBlank()) {
                        slots.put(group, value.trim());
                    }
                }
                return Optional.of(new Found(phrase, new Intent(phrase.tool(), slots, 0.9)));
            }
        }
        return Optional.empty();
    }

    /** A kind word in another language ("节点") as the English kind name, or the word itself. */
    public String kindWord(String word) {
        return kindWords.getOrDefault(word, word);
    }

    String normalise(String message) {
        String text = message.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        String before;
        do {
            before = text;
            text = EDGE_PUNCTUATION.matcher(text).replaceAll("");
            for (String prefix : prefixes) {
                if (text.startsWith(prefix)) {
                    text = text.substring(prefix.length()).trim();
                }
            }
            for (String suffix : suffixes) {
                if (text.endsWith(suffix)) {
                    text = text.substring(0, text.length() - suffix.length()).trim();
                }
            }
        } while (!text.equals(before));
        return text;
    }

    private static List<String> groupNames(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher matcher = GROUP_NAMES.matcher(pattern);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static Map<String, Object> load() {
        try (InputStream in = PhraseBook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath (the prompts module)");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
