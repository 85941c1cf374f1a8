package io.kubemate.connectors.core;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Posts a rendered message part by part, each at most once per idempotency key ({@code <key>#<part>}): a send
 * retried after a crash or a redelivery reuses the parts already posted and posts only the rest.
 */
public final class IdempotentParts {

    /** Posts one part as the platform wants it and returns the platform's id of the posted message. */
    @FunctionalInterface
    public interface PartPoster {
        String post(String partKey, ObjectNode part) throws SendException;
    }

    /** Uploads one file and posts it; returns the platform's id of what was posted. */
    @FunctionalInterface
    public interface AttachmentPoster {
        String post(OutboundMessage.Attachment attachment) throws SendException;
    }

    private IdempotentParts() {
    }

    /** Posts the message's files after its text, each at most once per key ({@code <key>#file<n>}). */
    public static void postAttachments(List<OutboundMessage.Attachment> attachments, String idempotencyKey, SentLedger ledger,
                                       AttachmentPoster poster) throws SendException {
        for (int i = 0; i < attachments.size(); i++) {
            String key = idempotencyKey + "#file" + i;
            if (ledger.find(key).isEmpty()) {
                ledger.record(key, poster.post(attachments.get(i)));
            }
        }
    }

    public static List<String> post(List<ObjectNode> parts, String idempotencyKey, SentLedger ledger, PartPoster poster)
            throws SendException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String key = idempotencyKey + "#" + i;
            Optional<String> earlier = ledger.find(key);
            if (earlier.isPresent()) {
                ids.add(earlier.get());
                continue;
            }
            String id = poster.post(key, parts.get(i).deepCopy());
            ledger.record(key, id);
            ids.add(id);
        }
        return ids;
    }
}
