package io.kubemate.bot.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * State for a single instance. Entries expire when read after their time to live, and every few hundred writes
 * the expired ones are swept, so keys never read again do not pile up. Lists (conversation memories) are capped:
 * beyond {@code maxLists} the least recently used list is dropped.
 */
public final class InMemoryStateStore implements StateStore {

    private static final int SWEEP_EVERY = 256;

    private record Entry(Object value, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxLists;
    // list keys, least recently used first; guarded by itself
    private final LinkedHashMap<String, Boolean> listUse = new LinkedHashMap<>(16, 0.75f, true);
    private final AtomicInteger writes = new AtomicInteger();

    public InMemoryStateStore(Clock clock) {
        this(clock, Integer.MAX_VALUE);
    }

    public InMemoryStateStore(Clock clock, int maxLists) {
        if (maxLists < 1) {
            throw new IllegalArgumentException("maxLists must be at least 1, was " + maxLists);
        }
        this.clock = clock;
        this.maxLists = maxLists;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        entries.put(key, new Entry(value, expiry(ttl)));
        written();
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
        written();
        return stored[0];
    }

    @Override
    public Optional<String> get(String key) {
        return live(key).map(e -> (String) e.value());
    }

    @Override
    public Optional<String> take(String key) {
        Entry removed = entries.remove(key);
        forget(key);
        return removed == null || expired(removed) ? Optional.empty() : Optional.of((String) removed.value());
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
        forget(key);
    }

    @Override
    public void append(String key, String value, int maxItems, Duration ttl) {
        entries.compute(key, (k, old) -> {
            List<String> items = new ArrayList<>(old == null || expired(old) ? List.of() : items(old));
            items.add(value);
            List<String> kept = items.subList(Math.max(0, items.size() - maxItems), items.size());
            return new Entry(List.copyOf(kept), expiry(ttl));
        });
        String evicted = null;
        synchronized (listUse) {
            listUse.put(key, Boolean.TRUE);
            if (listUse.size() > maxLists) {
                Iterator<String> eldest = listUse.keySet().iterator();
                evicted = eldest.next();
                eldest.remove();
            }
        }
        if (evicted != null) {
            entries.remove(evicted);
        }
        written();
    }

    @Override
    public List<String> list(String key) {
        Optional<Entry> entry = live(key);
        entry.ifPresent(e -> {
            synchronized (listUse) {
                listUse.get(key);
            }
        });
        return entry.map(InMemoryStateStore::items).orElse(List.of());
    }

    /** How many keys are held, expired ones not yet swept included. */
    int size() {
        return entries.size();
    }

    private void written() {
        if (writes.incrementAndGet() % SWEEP_EVERY == 0) {
            for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                if (expired(entry.getValue()) && entries.remove(entry.getKey(), entry.getValue())) {
                    forget(entry.getKey());
                }
            }
        }
    }

    private void forget(String key) {
        synchronized (listUse) {
            listUse.remove(key);
        }
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
            if (entries.remove(key, entry)) {
                forget(key);
            }
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
