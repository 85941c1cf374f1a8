package io.kubemate.bot.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kubemate.bot.state.InMemoryStateStore;
import io.kubemate.tools.redact.Redactor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whoever talks to the bot cannot make it keep a secret, nor grow its memory without bound. */
class ConversationMemoryAttackTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final MemoryProperties properties = new MemoryProperties(5, Duration.ofHours(1), 200, 3, 100_000);
    private final InMemoryStateStore store = new InMemoryStateStore(Clock.fixed(NOW, java.time.ZoneOffset.UTC),
            properties.maxConversations(), properties.maxStoredChars());
    private final ConversationMemory memory = new ConversationMemory(store,
            new ObjectMapper().registerModule(new JavaTimeModule()), properties, new Redactor(), new MarkdownHtml());

    @Test
    void a_password_pasted_into_the_chat_is_stored_redacted() {
        memory.append("c1", turn("why can't I log in? my password is Hunter2!x", "Your DB_PASSWORD: Hunter2!x is rejected"));
        Turn kept = memory.turns("c1").getFirst();
        assertFalse(kept.text().contains("Hunter2!x"), kept.text());
        assertFalse(kept.reply().contains("Hunter2!x"), kept.reply());
        assertFalse(memory.history("c1").getFirst().html().contains("Hunter2!x"));
    }

    @Test
    void an_answer_is_stored_as_markdown_only_and_shown_as_html() {
        memory.append("c1", turn("q", "**payment-api** restarts"));
        assertEquals(1, store.list("conversation:c1").size());
        assertFalse(store.list("conversation:c1").getFirst().contains("<strong>"), "HTML stored beside the Markdown");
        assertEquals("<p><strong>payment-api</strong> restarts</p>\n", memory.history("c1").getFirst().html());
    }

    @Test
    void a_huge_message_is_cut_to_the_turn_limit() {
        memory.append("c1", turn("x".repeat(100_000), "y".repeat(1_000_000)));
        Turn kept = memory.turns("c1").getFirst();
        assertEquals(200, kept.text().length());
        assertEquals(200, kept.reply().length());
        assertTrue(kept.reply().endsWith("…"));
    }

    @Test
    void a_long_conversation_keeps_only_its_newest_turns() {
        for (int i = 0; i < 40; i++) {
            memory.append("c1", turn("question " + i, "answer " + i));
        }
        List<Turn> turns = memory.turns("c1");
        assertEquals(5, turns.size());
        assertEquals("question 39", turns.getLast().text());
    }

    @Test
    void many_conversations_keep_only_the_most_recently_used_in_memory() {
        memory.append("old", turn("q", "a"));
        for (int i = 0; i < 1000; i++) {
            memory.append("flood-" + i, turn("q", "a"));
        }
        assertTrue(memory.turns("old").isEmpty());
        assertEquals(1, memory.turns("flood-999").size());
        assertTrue(store.list("conversation:flood-0").isEmpty());
    }

    @Test
    void the_conversation_read_most_recently_survives_a_flood() {
        memory.append("kept", turn("q", "a"));
        memory.append("flood-a", turn("q", "a"));
        memory.turns("kept");
        memory.append("flood-b", turn("q", "a"));
        memory.append("flood-c", turn("q", "a"));
        assertEquals(1, memory.turns("kept").size());
        assertTrue(memory.turns("flood-a").isEmpty());
    }

    private static Turn turn(String text, String reply) {
        return new Turn("web:dev", text, reply, null, "router", NOW);
    }
}
