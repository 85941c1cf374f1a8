package io.kubemate.bot.chat.platform.mattermost;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * {@code kubemate.mattermost.<name>.*}: one Mattermost server.
 *
 * @param name         the server's name in Kubemate (conversation ids and alert routes use it)
 * @param url          the server's address, e.g. {@code https://chat.example.com}
 * @param token        the slash command's token (and any outgoing webhook tokens, comma-separated)
 * @param botToken     the bot account's access token, used to post
 * @param buttonSecret at least 16 characters; signs the token inside every button
 * @param actionUrl    where Mattermost sends button clicks: this bot's {@code /hooks/mattermost/actions}, as
 *                     Mattermost reaches it
 */
@EachProperty("kubemate.mattermost")
public record MattermostServer(@Parameter String name, String url, List<String> token, String botToken, String buttonSecret,
                               @Nullable String actionUrl) {
}
