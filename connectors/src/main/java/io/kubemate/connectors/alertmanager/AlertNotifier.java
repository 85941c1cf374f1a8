package io.kubemate.connectors.alertmanager;

import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.SendException;
import io.kubemate.connectors.core.SentMessage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One webhook delivery → the routed channels, each posted to, updated, or left alone by the tracker. */
public final class AlertNotifier {

    /** What one delivery did per decision, and the targets that failed with why. */
    public record Result(Map<AlertGroupTracker.Decision, Integer> decisions, List<String> failures) {
    }

    private final AlertRoutes routes;
    private final AlertGroupTracker tracker;
    private final AlertMessages messages;
    private final Function<AlertRoutes.Target, Optional<ChatSender>> senders;

    public AlertNotifier(AlertRoutes routes, AlertGroupTracker tracker, AlertMessages messages,
                         Function<AlertRoutes.Target, Optional<ChatSender>> senders) {
        this.routes = routes;
        this.tracker = tracker;
        this.messages = messages;
        this.senders = senders;
    }

    public Result deliver(AlertmanagerPayload payload) {
        Map<AlertGroupTracker.Decision, Integer> decisions = new EnumMap<>(AlertGroupTracker.Decision.class);
        List<String> failures = new ArrayList<>();
        OutboundMessage message = messages.of(payload);
        for (AlertRoutes.Target target : routes.targets(payload)) {
            Optional<ChatSender> sender = senders.apply(target);
            if (sender.isEmpty()) {
                failures.add(target + ": no such configured workspace");
                continue;
            }
            try {
                AlertGroupTracker.Decision decision = tracker.deliver(payload, target.toString(), new AlertGroupTracker.Delivery() {
                    @Override
                    public SentMessage post(String idempotencyKey) throws SendException {
                        return sender.get().post(target.channel(), null, message, idempotencyKey);
                    }

                    @Override
                    public void update(SentMessage sent) throws SendException {
                        sender.get().update(sent, message);
                    }
                });
                decisions.merge(decision, 1, Integer::sum);
            } catch (SendException e) {
                failures.add(target + ": " + e.getMessage());
            }
        }
        return new Result(decisions, failures);
    }
}
