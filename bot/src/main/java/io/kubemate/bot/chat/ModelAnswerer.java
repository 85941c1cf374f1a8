package io.kubemate.bot.chat;

import io.kubemate.bot.identity.Person;

import java.util.List;

/**
 * Answers free text with a language model and the read tools, when one is configured. Implemented by the
 * conversation engine; without a model there is no such bean and the router answers.
 */
public interface ModelAnswerer {

    String MODE = "llm";

    /** Whether a model is configured and was not found unreachable a moment ago. */
    boolean ready();

    /**
     * One turn: the model may call read tools (as the person) and ask for proposals; it never executes a change.
     * Each tool it runs is reported to {@code progress} first.
     *
     * @throws ModelUnavailable when the model cannot be reached or times out; the caller falls back to the router
     */
    ChatReply answer(Person person, String conversation, String text, List<Turn> history, Progress progress);

    /** The model could not be reached, timed out or answered with an error. */
    final class ModelUnavailable extends RuntimeException {
        public ModelUnavailable(String message) {
            super(message);
        }
    }
}
