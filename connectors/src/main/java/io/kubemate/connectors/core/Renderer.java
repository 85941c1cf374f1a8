package io.kubemate.connectors.core;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Turns a neutral message into the payloads of one platform, one per chat message (long replies become several,
 * split at the platform's limits). Addressing (channel, thread) is the sender's job, not the renderer's.
 */
public interface Renderer {

    PlatformCapabilities capabilities();

    List<ObjectNode> render(OutboundMessage message);
}
