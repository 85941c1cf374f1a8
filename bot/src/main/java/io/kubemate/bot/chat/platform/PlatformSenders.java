package io.kubemate.bot.chat.platform;

import io.kubemate.connectors.core.ChatSender;

import java.util.Map;

/** The senders of one platform's configured accounts, keyed {@code platform:account}, for {@link ChatPlatforms}. */
public interface PlatformSenders {

    Map<String, ChatSender> senders();
}
