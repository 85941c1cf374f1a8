package io.kubemate.evals.router;

import io.kubemate.bot.router.ExampleBook;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labeled utterances measure the router's examples, so none of them may be an example in disguise: the
 * same sentence with other names or numbers. Both are compared with each name and each number as one
 * character, spaces and punctuation dropped, and must differ in more than a fifth of their characters.
 */
class HeldOutUtterancesTest {

    private static final double MAX_SIMILARITY = 0.8;
    private static final Map<String, String> NAMES = Map.of("paymnet-api", "{workload}", "ledgr-api", "{workload}",
            "payment-api", "{workload}", "ledger-api", "{workload}", "ledger-reconcile", "{cronjob}",
            "worker-01", "{node}", "worker-02", "{node}");
    private static final Pattern ALERT = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+");
    private static final Pattern TRACE = Pattern.compile("(?i)\\b[0-9a-f]{16,32}\\b");
    private static final Pattern NOISE = Pattern.compile("[\\s?!.,，。？！:：\"'“”]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");

    private final List<LabeledUtterance> utterances = UtteranceSet.load(Path.of("router/utterances.yaml"));
    /** The chat-style set of issue 19, written before the router was tuned for it. */
    private final List<LabeledUtterance> chat = UtteranceSet.load(Path.of("router/chat.yaml"));

    HeldOutUtterancesTest() throws Exception {
    }

    @Test
    void the_labeled_set_is_large_and_balanced_between_languages() {
        Map<String, Integer> byLanguage = new TreeMap<>();
        utterances.forEach(u -> byLanguage.merge(u.lang(), 1, Integer::sum));
        assertTrue(utterances.size() >= 150, utterances.size() + " utterances");
        assertEquals(List.of("en", "zh"), List.copyOf(byLanguage.keySet()));
        assertTrue(Math.abs(byLanguage.get("en") - byLanguage.get("zh")) <= utterances.size() / 10, byLanguage.toString());
    }

    @Test
    void the_chat_set_is_half_chinese_with_questions_to_ask_back_and_questions_that_sound_like_changes() {
        assertTrue(chat.size() >= 150, chat.size() + " utterances");
        assertEquals(chat.size(), 2 * chat.stream().filter(u -> u.lang().equals("zh")).count());
        assertTrue(chat.stream().filter(LabeledUtterance::ask).count() >= 15);
        assertTrue(chat.stream().filter(LabeledUtterance::question).count() >= 10);
    }

    @Test
    void every_tool_the_router_knows_has_labeled_utterances_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (String tool : ExampleBook.load().tools()) {
            for (String lang : List.of("en", "zh")) {
                if (!tool.equals(ExampleBook.NONE)
                        && utterances.stream().noneMatch(u -> u.tool().equals(tool) && u.lang().equals(lang))) {
                    missing.add(tool + " " + lang);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(34, ExampleBook.load().tools().size() - 1, "the 26 tools of design §6, backups, the four canary tools, pipelines, pipeline_rerun and pipeline_cancel");
    }

    @Test
    void no_example_is_a_labeled_utterance_with_other_names() {
        List<String> copies = new ArrayList<>();
        for (ExampleBook.Example example : ExampleBook.load().examples()) {
            String e = canonical(example.text());
            utterances.stream().max(Comparator.comparingDouble(u -> similarity(e, canonical(placeholders(u.text())))))
                    .filter(u -> similarity(e, canonical(placeholders(u.text()))) >= MAX_SIMILARITY)
                    .ifPresent(u -> copies.add(example.text() + "  ~  " + u.text()));
        }
        assertEquals(List.of(), copies);
    }

    @Test
    void the_copy_check_catches_a_sentence_with_only_its_names_changed() {
        String utterance = canonical(placeholders("scale ledger-api to 3 pls"));
        assertTrue(similarity(canonical("scale {workload} to 5 pls"), utterance) >= MAX_SIMILARITY);
        assertTrue(similarity(canonical("how many replicas should {workload} run"), utterance) < MAX_SIMILARITY);
    }

    private static String placeholders(String text) {
        String out = text;
        for (String name : NAMES.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            out = out.replace(name, NAMES.get(name));
        }
        out = out.replace("payments", "{namespace}");
        out = TRACE.matcher(out).replaceAll("{trace}");
        return ALERT.matcher(out).replaceAll("{alert}");
    }

    private static String canonical(String text) {
        String words = NOISE.matcher(ALERT.matcher(text).replaceAll("{alert}").toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        // one character per name and per number: what is compared is the wording around them
        return DIGITS.matcher(PLACEHOLDER.matcher(words).replaceAll("§")).replaceAll("#");
    }

    private static double similarity(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / Math.max(a.length(), Math.max(b.length(), 1));
    }
}
