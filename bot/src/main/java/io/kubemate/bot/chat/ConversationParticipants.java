package io.kubemate.bot.chat;

import io.kubemate.bot.state.StateStore;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Who may read a conversation's history: the chat users who wrote in it, and for threads the bot posts into on
 * its own (scheduled reports), whoever holds a permission code. Kept in the state store beside the memory, under its
 * own key, for as long as the memory.
 */
@Singleton
public final class ConversationParticipants {

    /** Entries kept per conversation: every turn appends one, so that the list lives as long as the turns. */
    static final int MAX_ENTRIES = 256;
    private static final String USER = "user:";
    private static final String PERMISSION = "permission:";

    /** A reader by permission code, in a namespace or (namespace null) cluster-wide. */
    public record Readers(String permission, String namespace) {
    }

    private final StateStore store;
    private final MemoryProperties memory;

    public ConversationParticipants(StateStore store, MemoryProperties memory) {
        this.store = store;
        this.memory = memory;
    }

    public void add(String conversation, String chatUser) {
        store.append(key(conversation), USER + chatUser, MAX_ENTRIES, memory.ttl());
    }

    public void allow(String conversation, Readers readers) {
        store.append(key(conversation), PERMISSION + readers.permission() + "@" + (readers.namespace() == null ? "" : readers.namespace()),
                MAX_ENTRIES, memory.ttl());
    }

    public List<String> users(String conversation) {
        return store.list(key(conversation)).stream().filter(e -> e.startsWith(USER)).map(e -> e.substring(USER.length()))
                .distinct().toList();
    }

    public List<Readers> readers(String conversation) {
        return store.list(key(conversation)).stream().filter(e -> e.startsWith(PERMISSION)).distinct()
                .map(ConversationParticipants::rule).flatMap(Optional::stream).toList();
    }

    private static Optional<Readers> rule(String entry) {
        String rule = entry.substring(PERMISSION.length());
        int at = rule.lastIndexOf('@');
        return at < 0 ? Optional.empty()
                : Optional.of(new Readers(rule.substring(0, at), at == rule.length() - 1 ? null : rule.substring(at + 1)));
    }

    private static String key(String conversation) {
        return "participants:" + conversation;
    }
}
