package io.kubemate.bot.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.state.StateStore;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Proposals in the state store (Redis across replicas). Taking one is atomic, so a double click, a retried
 * webhook or two replicas racing yield exactly one execution; a used proposal leaves a marker for an hour so a
 * replay is told so. Ids are 128 random bits: a look-alike id finds nothing.
 */
@Singleton
public final class ProposalStore {

    /** Expired proposals are kept this long past their expiry so a late click is told "expired". */
    static final Duration GRACE = Duration.ofHours(1);

    private final StateStore store;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public ProposalStore(StateStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public void save(Proposal proposal, Duration ttl) {
        store.put(key(proposal.id()), write(proposal), ttl.plus(GRACE));
    }

    public Optional<Proposal> peek(String id) {
        return store.get(key(id)).map(this::read);
    }

    /** Removes and returns the proposal; of concurrent callers exactly one gets it. */
    public Optional<Proposal> take(String id) {
        Optional<Proposal> taken = store.take(key(id)).map(this::read);
        taken.ifPresent(p -> store.put(usedKey(id), "used", GRACE));
        return taken;
    }

    public boolean wasUsed(String id) {
        return store.get(usedKey(id)).isPresent();
    }

    private static String key(String id) {
        return "proposal:" + id;
    }

    private static String usedKey(String id) {
        return "proposal-used:" + id;
    }

    private String write(Proposal proposal) {
        try {
            return json.writeValueAsString(proposal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a proposal is always serialisable", e);
        }
    }

    private Proposal read(String text) {
        try {
            return json.readValue(text, Proposal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable proposal in the state store", e);
        }
    }
}
