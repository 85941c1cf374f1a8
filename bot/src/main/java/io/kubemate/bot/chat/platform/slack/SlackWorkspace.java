package io.kubemate.bot.chat.platform.slack;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code kubemate.slack.<workspace>.*}: one Slack app installed in one workspace.
 *
 * @param name          the workspace's name in Kubemate (conversation ids and alert routes use it)
 * @param signingSecret the app's Signing Secret (Basic Information), checks {@code X-Slack-Signature}
 * @param botToken      the Bot User OAuth Token ({@code xoxb-…}) used to post
 * @param apiUrl        Slack's Web API base
 * @param appToken      an app-level token ({@code xapp-…}, scope {@code connections:write}): receive over Socket Mode
 *                      instead of HTTP hooks, for clusters Slack cannot reach; the signing secret is then not needed
 */
@EachProperty("kubemate.slack")
public record SlackWorkspace(@Parameter String name, @Nullable String signingSecret, String botToken,
                             @Bindable(defaultValue = "https://slack.com/api") String apiUrl, @Nullable String appToken) {
}
