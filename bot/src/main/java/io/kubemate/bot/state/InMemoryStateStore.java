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
 * the expired ones are swept, so keys never read again do not pile up. Lists (conversation memories) are capped in
 * number and in characters, so that they fit a small heap however long the answers are: beyond {@code maxLists}
 * lists or {@code maxListChars} characters in all, the least recently used lists are dropped.
 */
public final class InMemoryStateStore implements StateStore {

    private static final int SWEEP_EVERY = 256;

    private record Entry(Object value, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxLists;
    private final long maxListChars;
    // list keys, least recently used first, with the characters each list holds; guarded by itself, as is listChars
    private final LinkedHashMap<String, Long> listUse = new LinkedHashMap<>(16, 0.75f, true);
    private long listChars;
    private final AtomicInteger writes = new AtomicInteger();

    public InMemoryStateStore(Clock clock) {
        this(clock, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    public InMemoryStateStore(Clock clock, int maxLists, long maxListChars) {
        if (maxLists < 1 || maxListChars < 1) {
            throw new IllegalArgumentException("maxLists and maxListChars must be at least 1, were " + maxLists + " and " + maxListChars);
        }
        this.clock = clock;
        this.maxLists = maxLists;
        this.maxListChars = maxListChars;
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
        List<String> evicted = new ArrayList<>();
        synchronized (listUse) {
            // read under the lock, so that of two appends to one list the later one's size is the one counted
            Entry now = entries.get(key);
            long chars = now == null ? 0 : items(now).stream().mapToLong(String::length).sum();
            Long before = listUse.put(key, chars);
            listChars += chars - (before == null ? 0 : before);
            Iterator<Map.Entry<String, Long>> eldest = listUse.entrySet().iterator();
            // the list just written stays, even alone over the budget: its items are bounded by whoever appends
            while ((listUse.size() > maxLists || listChars > maxListChars) && listUse.size() > 1) {
                Map.Entry<String, Long> dropped = eldest.next();
                listChars -= dropped.getValue();
                evicted.add(dropped.getKey());
                eldest.remove();
            }
        }
        evicted.forEach(entries::remove);
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
            Long chars = listUse.remove(key);
            listChars -= chars == null ? 0 : chars;
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
