package io.kubemate.bot.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.state.StateStore;
import io.kubemate.tools.redact.Redactor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The turns of each conversation, in the state store so every replica sees the same thread. What is kept is
 * redacted (a secret pasted into the chat is not stored) and bounded: turns per conversation, characters per
 * question and answer, and an idle time to live. An answer is kept as Markdown only: its HTML is made again when the
 * history is read, which is rare, instead of doubling what every turn holds.
 */
@Singleton
public final class ConversationMemory {

    private static final String CUT = "…";

    private final StateStore store;
    private final ObjectMapper json;
    private final MemoryProperties properties;
    private final Redactor redactor;
    private final MarkdownHtml html;

    public ConversationMemory(StateStore store, ObjectMapper json, MemoryProperties properties, Redactor redactor, MarkdownHtml html) {
        this.store = store;
        this.json = json;
        this.properties = properties;
        this.redactor = redactor;
        this.html = html;
    }

    public void append(String conversation, Turn turn) {
        String reply = bounded(turn.reply());
        Turn kept = new Turn(turn.user(), bounded(turn.text()), reply, null, turn.mode(), turn.at());
        try {
            store.append(key(conversation), json.writeValueAsString(kept), properties.maxTurns(), properties.ttl());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a turn is always serialisable", e);
        }
    }

    public List<Turn> turns(String conversation) {
        return store.list(key(conversation)).stream().map(this::read).toList();
    }

    /** The turns with each answer also as HTML, as the console shows them. */
    public List<Turn> history(String conversation) {
        return turns(conversation).stream().map(t -> new Turn(t.user(), t.text(), t.reply(),
                t.reply() == null ? null : html.render(t.reply()), t.mode(), t.at())).toList();
    }

    /** Redacted first, then cut, so a cut can never leave half a secret that redaction would have recognised. */
    private String bounded(String text) {
        if (text == null) {
            return null;
        }
        String redacted = redactor.redact(text);
        return redacted.length() <= properties.maxTurnChars() ? redacted
                : redacted.substring(0, properties.maxTurnChars() - CUT.length()) + CUT;
    }

    private Turn read(String text) {
        try {
            return json.readValue(text, Turn.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable turn in conversation memory", e);
        }
    }

    private static String key(String conversation) {
        return "conversation:" + conversation;
    }
}
