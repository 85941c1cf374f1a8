package io.kubemate.bot.guide;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.toolcall.Tools;
import io.kubemate.knowledge.BundledRunbooks;
import io.kubemate.knowledge.runbook.Runbook;
import io.kubemate.knowledge.runbook.RunbookFormatException;
import io.kubemate.knowledge.runbook.RunbookParser;
import io.kubemate.knowledge.runbook.ToolNames;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The executable runbooks bundled with the bot, by id and language, found by id, alert or words. */
@Singleton
public final class RunbookLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(RunbookLibrary.class);

    private final Map<String, Map<String, Runbook>> byId = new HashMap<>();

    public RunbookLibrary(Tools tools) {
        RunbookParser parser = new RunbookParser(new ToolNames(tools.readNames(), tools.actionNames()));
        BundledRunbooks.texts().forEach((file, text) -> {
            try {
                Runbook runbook = parser.parse(file, text);
                byId.computeIfAbsent(runbook.id(), id -> new HashMap<>()).put(runbook.lang(), runbook);
            } catch (RunbookFormatException e) {
                LOG.warn("bundled runbook skipped: {}", e.getMessage());
            }
        });
    }

    /** The runbook with this id in the language, or in the other language when it has only one. */
    public Optional<Runbook> find(String id, Language language) {
        Map<String, Runbook> versions = byId.get(id);
        if (versions == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(versions.getOrDefault(language.code(), versions.values().iterator().next()));
    }

    /** The runbook whose front matter lists this alert. */
    public Optional<Runbook> forAlert(String alertname, Language language) {
        return byId.keySet().stream().sorted()
                .filter(id -> byId.get(id).values().stream().anyMatch(r -> r.alerts().contains(alertname)))
                .findFirst().flatMap(id -> find(id, language));
    }

    /** Runbook ids best matching free words ("crashloop", "证书过期"), best first. */
    public List<String> closest(String words, int count) {
        Set<String> wanted = tokens(words);
        return byId.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), score(wanted, e.getKey(), e.getValue().values())))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count).map(Map.Entry::getKey).toList();
    }

    public List<String> ids() {
        return byId.keySet().stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static int score(Set<String> wanted, String id, java.util.Collection<Runbook> versions) {
        StringBuilder text = new StringBuilder(id.replace('-', ' '));
        for (Runbook r : versions) {
            text.append(' ').append(r.title()).append(' ').append(String.join(" ", r.tags())).append(' ').append(String.join(" ", r.alerts()));
        }
        String haystack = text.toString().toLowerCase(Locale.ROOT);
        int score = 0;
        for (String token : wanted) {
            if (haystack.contains(token)) {
                score += token.length();
            }
        }
        return score;
    }

    /** Latin words of three letters or more, and every two-character run of Han text (Chinese has no spaces). */
    static Set<String> tokens(String words) {
        String text = words.toLowerCase(Locale.ROOT);
        Set<String> tokens = java.util.Arrays.stream(text.split("[^a-z0-9]+")).filter(w -> w.length() >= 3)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        String han = text.replaceAll("[^\\p{IsHan}]+", " ");
        for (String run : han.trim().split(" ")) {
            for (int i = 0; i + 2 <= run.length(); i++) {
                tokens.add(run.substring(i, i + 2));
            }
        }
        return tokens;
    }
}
