package io.kubemate.connectors.alertmanager;

import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.SentMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertNotifierTest {

    /** A chat that records posts and updates. */
    static final class RecordingChat implements ChatSender {
        final List<OutboundMessage> posts = new CopyOnWriteArrayList<>();
        final Map<String, OutboundMessage> current = new ConcurrentHashMap<>();
        final AtomicInteger updates = new AtomicInteger();

        @Override
        public SentMessage post(String channel, String thread, OutboundMessage message, String key) {
            posts.add(message);
            String id = "m" + posts.size();
            current.put(id, message);
            return new SentMessage(channel, List.of(id));
        }

        @Override
        public void update(SentMessage sent, OutboundMessage message) {
            updates.incrementAndGet();
            current.put(sent.ids().getFirst(), message);
        }
    }

    private final RecordingChat chat = new RecordingChat();
    private final AlertNotifier notifier = new AlertNotifier(AlertRoutes.parse(List.of("* -> slack:acme:C0ALERTS")),
            new AlertGroupTracker(new InMemoryGroupStates()), new AlertMessages(AlertTexts.english(), new RecordedButtons()),
            target -> target.workspace().equals("acme") ? Optional.of(chat) : Optional.empty());

    @Test
    void a_redelivery_of_the_same_group_and_state_does_not_post_twice() {
        AlertmanagerPayload payload = Payloads.parse(Payloads.firing());
        assertEquals(Map.of(AlertGroupTracker.Decision.POSTED, 1), notifier.deliver(payload).decisions());
        assertEquals(Map.of(AlertGroupTracker.Decision.UNCHANGED, 1), notifier.deliver(payload).decisions());
        assertEquals(1, chat.posts.size());
        assertEquals(0, chat.updates.get());
    }

    @Test
    void a_resolving_group_updates_its_message_in_place() {
        notifier.deliver(Payloads.group(1, 3, 0));
        assertEquals(Map.of(AlertGroupTracker.Decision.UPDATED, 1), notifier.deliver(Payloads.group(1, 3, 3)).decisions());
        assertEquals(1, chat.posts.size());
        assertTrue(chat.current.get("m1").title().startsWith("[RESOLVED] Storm1"), chat.current.get("m1").title());
    }

    @Test
    void concurrent_redeliveries_post_once() throws Exception {
        AlertmanagerPayload payload = Payloads.group(7, 5, 0);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<AlertNotifier.Result>> results = java.util.stream.IntStream.range(0, 50)
                    .mapToObj(i -> pool.submit(() -> notifier.deliver(payload))).toList();
            for (Future<AlertNotifier.Result> result : results) {
                result.get();
            }
        }
        assertEquals(1, chat.posts.size());
    }

    @Test
    void a_storm_of_10000_alerts_in_500_calls_gives_one_message_per_group_with_counts() {
        int groups = 50;
        int calls = 0;
        int alerts = 0;
        for (int round = 1; round <= 10; round++) {
            for (int g = 0; g < groups; g++) {
                notifier.deliver(Payloads.group(g, round * 20, 0));
                calls++;
                alerts += 20;
            }
        }
        assertEquals(500, calls);
        assertEquals(10_000, alerts);
        assertEquals(groups, chat.posts.size(), "one message per group");
        assertEquals(groups * 9, chat.updates.get());
        OutboundMessage last = chat.current.get("m1");
        assertTrue(last.title().startsWith("[FIRING 200] Storm0"), last.title());
        assertTrue(last.codeBlocks().getFirst().text().endsWith("and 190 more"), last.codeBlocks().getFirst().text());
    }

    @Test
    void builds_the_three_buttons_and_uses_the_runbook_annotation() {
        RecordedButtons records = new RecordedButtons();
        OutboundMessage message = new AlertMessages(AlertTexts.english(), records).of(Payloads.parse(Payloads.firing()));
        assertEquals(List.of(Button.choice("Investigate", "alert:0"), Button.choice("Silence 1h", "alert:1"),
                Button.link("Runbook", "https://runbooks.example.com/high-latency")), message.buttons());
        AlertButton investigate = records.saved.get(0);
        AlertButton silence = records.saved.get(1);
        assertEquals(List.of("investigate", "HighLatency", "trade"), List.of(investigate.action(), investigate.alertname(), investigate.namespace()));
        assertEquals(List.of("silence", "HighLatency", "trade"), List.of(silence.action(), silence.alertname(), silence.namespace()));
        assertEquals(java.time.Duration.ofHours(1), silence.duration(), "the duration is fixed by the button, not read from labels");
        assertEquals("[FIRING 2] HighLatency · trade", message.title());
        assertEquals("`订单服务 p99 延迟超过 2 秒`", message.sections().getFirst(), "the annotation is shown as text");
    }

    /** Keeps the records in order; the id is the position. */
    static final class RecordedButtons implements AlertButtons {

        final List<AlertButton> saved = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public synchronized String save(AlertButton button) {
            saved.add(button);
            return Integer.toString(saved.size() - 1);
        }
    }
}
