package io.kubemate.bot.chat.platform;

import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.SendException;
import io.kubemate.connectors.core.SentMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChatProgressTest {

    /** Records posts and edits; edits fail once {@code editsFail} is set, like a platform without edits. */
    private static final class RecordingSender implements ChatSender {
        final List<String> log = new ArrayList<>();
        boolean editsFail;

        @Override
        public SentMessage post(String channel, String thread, OutboundMessage message, String idempotencyKey) {
            log.add("post " + channel + "/" + thread + " [" + idempotencyKey + "] " + message.markdown());
            return new SentMessage(channel, List.of("m1"));
        }

        @Override
        public void update(SentMessage sent, OutboundMessage message) throws SendException {
            if (editsFail) {
                throw new SendException("edits are not supported");
            }
            log.add("update " + sent.ids() + " " + message.markdown());
        }
    }

    private final InboundMessage inbound = new InboundMessage("slack", "acme", "C1", "1.1", "U1", "why?", "Ev1");

    @Test
    void posts_the_first_step_and_edits_the_same_message_for_the_next() {
        RecordingSender sender = new RecordingSender();
        ChatProgress progress = new ChatProgress(sender, inbound);
        progress.step("running `alerts_list` trade…");
        progress.step("running `logs_query` trade order-svc…");
        assertEquals(2, sender.log.size(), sender.log.toString());
        assertEquals("post C1/1.1 [progress:slack:Ev1] running `alerts_list` trade…", sender.log.get(0));
        assertEquals("update [m1] running `alerts_list` trade…\nrunning `logs_query` trade order-svc…", sender.log.get(1));
    }

    @Test
    void stops_reporting_when_the_platform_cannot_edit() {
        RecordingSender sender = new RecordingSender();
        sender.editsFail = true;
        ChatProgress progress = new ChatProgress(sender, inbound);
        progress.step("one");
        progress.step("two");
        progress.step("three");
        assertEquals(1, sender.log.size(), sender.log.toString());
    }
}
