package io.kubemate.bot.chat;

import io.kubemate.bot.state.StateStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may read a conversation's history: the chat users who wrote in it, from the time they first did, and for
 * threads the bot posts into on its own (scheduled reports), whoever holds a permission code. Kept in the state store
 * beside the memory, under its own key, for as long as the memory.
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
    private final Clock clock;

    public ConversationParticipants(StateStore store, MemoryProperties memory, Clock clock) {
        this.store = store;
        this.memory = memory;
        this.clock = clock;
    }

    public void add(String conversation, String chatUser) {
        store.append(key(conversation), USER + clock.millis() + " " + chatUser, MAX_ENTRIES, memory.ttl());
    }

    public void allow(String conversation, Readers readers) {
        store.append(key(conversation), PERMISSION + readers.permission() + "@" + (readers.namespace() == null ? "" : readers.namespace()),
                MAX_ENTRIES, memory.ttl());
    }

    /** Each chat user who wrote in the conversation, with when they first did. */
    public Map<String, Instant> users(String conversation) {
        Map<String, Instant> users = new LinkedHashMap<>();
        for (String entry : store.list(key(conversation))) {
            int space = entry.indexOf(' ');
            if (entry.startsWith(USER) && space > 0) {
                Instant since = Instant.ofEpochMilli(Long.parseLong(entry.substring(USER.length(), space)));
                users.merge(entry.substring(space + 1), since, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return users;
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
