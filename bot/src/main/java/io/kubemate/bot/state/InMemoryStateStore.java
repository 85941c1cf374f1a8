package io.kubemate.bot.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** State for a single instance. Entries expire lazily when read after their time to live. */
public final class InMemoryStateStore implements StateStore {

    private record Entry(Object value, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryStateStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        entries.put(key, new Entry(value, expiry(ttl)));
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        Entry fresh = new Entry(value, expiry(ttl));
        boolean[] stored = {false};
        entries.compute(key, (k, old) -> {
            if (old == null || expired(old)) {
                stored[0] = true;
                return fresh;
            }
            return old;
        });
        return stored[0];
    }

    @Override
    public Optional<String> get(String key) {
        return live(key).map(e -> (String) e.value());
    }

    @Override
    public Optional<String> take(String key) {
        Entry removed = entries.remove(key);
        return removed == null || expired(removed) ? Optional.empty() : Optional.of((String) removed.value());
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public void append(String key, String value, int maxItems, Duration ttl) {
        entries.compute(key, (k, old) -> {
            List<String> items = new ArrayList<>(old == null || expired(old) ? List.of() : items(old));
            items.add(value);
            List<String> kept = items.subList(Math.max(0, items.size() - maxItems), items.size());
            return new Entry(List.copyOf(kept), expiry(ttl));
        });
    }

    @Override
    public List<String> list(String key) {
        return live(key).map(InMemoryStateStore::items).orElse(List.of());
    }

    @Override
    public String describe() {
        return "in memory (single instance; state is lost on restart)";
    }

    @SuppressWarnings("unchecked")
    private static List<String> items(Entry entry) {
        return entry.value() instanceof List<?> list ? (List<String>) list : List.of();
    }

    private Optional<Entry> live(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (expired(entry)) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    private boolean expired(Entry entry) {
        return !clock.instant().isBefore(entry.expires());
    }

    private Instant expiry(Duration ttl) {
        return clock.instant().plus(ttl);
    }
}
