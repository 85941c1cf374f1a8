package io.kubemate.knowledge.runbook;

import io.kubemate.knowledge.BundledRunbooks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class BundledRunbooksTest {

    private final RunbookParser parser = new RunbookParser(DesignToolNames.NAMES);

    @Test
    void every_bundled_runbook_parses_and_exists_in_both_languages() {
        List<String> files = BundledRunbooks.list();
        assumeFalse(files.isEmpty(), "no runbooks bundled under knowledge/runbooks in this build");
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> languagesById = new HashMap<>();
        BundledRunbooks.texts().forEach((file, text) -> {
            try {
                Runbook runbook = parser.parse(file, text);
                String lang = file.substring(0, file.indexOf('/'));
                if (!lang.equals(runbook.lang())) {
                    problems.add(file + ": lang is " + runbook.lang() + " in a " + lang + " folder");
                }
                if (!file.endsWith("/" + runbook.id() + ".md")) {
                    problems.add(file + ": id " + runbook.id() + " does not match the file name");
                }
                languagesById.computeIfAbsent(runbook.id(), id -> new ArrayList<>()).add(lang);
            } catch (RunbookFormatException e) {
                problems.add(e.getMessage());
            }
        });
        languagesById.forEach((id, langs) -> {
            if (!langs.containsAll(List.of("en", "zh"))) {
                problems.add(id + " exists only in " + langs);
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(languagesById.size() > 0);
    }
}
