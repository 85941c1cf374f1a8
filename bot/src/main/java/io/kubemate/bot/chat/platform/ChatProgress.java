package io.kubemate.bot.chat.platform;

import io.kubemate.bot.chat.Progress;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.Inbound;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.SendException;
import io.kubemate.connectors.core.SentMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * A model turn's steps as one message in the thread, posted at the first step and edited at each next one, so
 * the person sees "running diagnose payments payment-api…" while they wait. A platform that cannot edit, or a
 * failed send, ends the reporting for this turn; the answer itself is posted as usual.
 */
final class ChatProgress implements Progress {

    private static final Logger LOG = LoggerFactory.getLogger(ChatProgress.class);

    private final ChatSender sender;
    private final Inbound inbound;
    private final List<String> steps = new ArrayList<>();
    private SentMessage sent;
    private boolean stopped;

    ChatProgress(ChatSender sender, Inbound inbound) {
        this.sender = sender;
        this.inbound = inbound;
    }

    @Override
    public synchronized void step(String text) {
        if (stopped) {
            return;
        }
        steps.add(text);
        OutboundMessage message = OutboundMessage.builder().section(String.join("\n", steps)).build();
        try {
            if (sent == null) {
                sent = sender.post(inbound.channel(), inbound.thread(), message, "progress:" + inbound.platform() + ":" + inbound.eventId());
            } else {
                sender.update(sent, message);
            }
        } catch (SendException | UnsupportedOperationException e) {
            stopped = true;
            LOG.debug("progress in {} stopped: {}", inbound.conversation(), e.toString());
        }
    }
}
