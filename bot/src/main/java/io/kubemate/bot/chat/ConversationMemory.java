package io.kubemate.bot.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.state.StateStore;
import jakarta.inject.Singleton;

import java.util.List;

/** The turns of each conversation, in the state store so every replica sees the same thread. */
@Singleton
public final class ConversationMemory {

    private final StateStore store;
    private final ObjectMapper json;
    private final MemoryProperties properties;

    public ConversationMemory(StateStore store, ObjectMapper json, MemoryProperties properties) {
        this.store = store;
        this.json = json;
        this.properties = properties;
    }

    public void append(String conversation, Turn turn) {
        try {
            store.append(key(conversation), json.writeValueAsString(turn), properties.maxTurns(), properties.ttl());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a turn is always serialisable", e);
        }
    }

    public List<Turn> turns(String conversation) {
        return store.list(key(conversation)).stream().map(this::read).toList();
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
