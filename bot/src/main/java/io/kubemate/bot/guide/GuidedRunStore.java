package io.kubemate.bot.guide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.state.StateStore;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/** The guided run of each conversation, in the state store (Redis across replicas), kept a week after its last step. */
@Singleton
public final class GuidedRunStore {

    static final Duration KEEP = Duration.ofDays(7);

    private final StateStore store;
    private final ObjectMapper json;

    public GuidedRunStore(StateStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public Optional<GuidedRun> of(String conversation) {
        return store.get(key(conversation)).map(this::read);
    }

    public void save(GuidedRun run) {
        try {
            store.put(key(run.conversation()), json.writeValueAsString(run), KEEP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a guided run is always serialisable", e);
        }
    }

    private GuidedRun read(String text) {
        try {
            return json.readValue(text, GuidedRun.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable guided run in the state store", e);
        }
    }

    private static String key(String conversation) {
        return "guided-run:" + conversation;
    }
}
