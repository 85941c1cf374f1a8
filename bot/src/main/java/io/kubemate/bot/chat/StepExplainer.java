package io.kubemate.bot.chat;

import java.util.Optional;

/**
 * With a language model configured, reads a guided runbook step's result in a few sentences: what it shows and
 * which branch of the runbook applies. Text only — it has no tools and cannot propose or execute anything.
 */
public interface StepExplainer {

    /** Empty when the model is unavailable; the step's result stands on its own then. */
    Optional<String> explain(Language language, String runbook, String step, String result);
}
