package io.kubemate.bot.chat.platform;

import io.kubemate.connectors.core.ChatSender;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every configured chat account's sender, by {@code platform:account}, gathered from each platform's
 * {@link PlatformSenders}: replies, reports and alerts find their account here whatever the platform.
 */
@Singleton
public final class ChatPlatforms {

    private final Map<String, ChatSender> senders = new LinkedHashMap<>();

    public ChatPlatforms(List<PlatformSenders> platforms) {
        platforms.forEach(platform -> senders.putAll(platform.senders()));
    }

    public Optional<ChatSender> sender(String platform, String workspace) {
        return Optional.ofNullable(senders.get(platform + ":" + workspace));
    }
}
