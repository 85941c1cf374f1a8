package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.SearchHit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Orders what a runbook search found for citing: a document whose title, id or tags (its aliases) the question
 * names ranks above one that only shares words with it ("how do I handle a crashloop?" → the crash-loop runbook,
 * not the probe one), and a document kept in two languages is cited once, in the asker's language.
 */
final class CitationRanking {

    /** How much a named document gains over its fused score; fused scores of neighbours differ by far less. */
    static final double NAMED_BOOST = 1.5;
    private static final int MIN_ALIAS = 4;

    private CitationRanking() {
    }

    static List<SearchHit> rank(String query, Language asker, List<SearchHit> found, int k) {
        String said = query.toLowerCase(Locale.ROOT);
        Map<String, String> preferredSource = new HashMap<>();
        found.stream().filter(hit -> asker.code().equals(hit.chunk().metadata().get("lang")))
                .forEach(hit -> preferredSource.putIfAbsent(documentOf(hit.chunk()), hit.chunk().source()));
        found.forEach(hit -> preferredSource.putIfAbsent(documentOf(hit.chunk()), hit.chunk().source()));
        List<SearchHit> kept = new ArrayList<>();
        for (SearchHit hit : found) {
            if (hit.chunk().source().equals(preferredSource.get(documentOf(hit.chunk())))) {
                kept.add(new SearchHit(hit.chunk(), names(said, hit.chunk()) ? hit.score() * NAMED_BOOST : hit.score()));
            }
        }
        return kept.stream().sorted(Comparator.comparingDouble(SearchHit::score).reversed()).limit(k).toList();
    }

    /** A runbook's copies share their front-matter id; any other document is itself. */
    private static String documentOf(Chunk chunk) {
        String id = chunk.metadata().get("id");
        return id == null || id.isBlank() ? chunk.source() : "id:" + id;
    }

    /** Whether the question names the document: a tag, a part of its id, or a word of its title. */
    static boolean names(String said, Chunk chunk) {
        Stream<String> tags = Arrays.stream(chunk.metadata().getOrDefault("tags", "").split("[,\\s\\[\\]]+"));
        Stream<String> id = Arrays.stream(chunk.metadata().getOrDefault("id", "").split("-"));
        Stream<String> title = Arrays.stream((chunk.title() == null ? "" : chunk.title()).split("[^\\p{L}\\p{N}]+"));
        return Stream.of(tags, id, title).flatMap(s -> s).map(w -> w.toLowerCase(Locale.ROOT).strip())
                .filter(w -> w.length() >= MIN_ALIAS || w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && w.length() >= 2)
                .anyMatch(said::contains);
    }
}
