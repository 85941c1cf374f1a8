package io.kubemate.bot.chat.platform.wecom;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code kubemate.wecom.<name>.*}: one WeCom (企业微信) self-built app receiving messages through its callback.
 *
 * @param name    the app's name in Kubemate (conversation ids and alert routes use it)
 * @param corpId  the company's CorpID (我的企业 → 企业信息)
 * @param agentId the app's AgentId
 * @param secret  the app's Secret, for the access token
 * @param token   the callback's Token (接收消息 → Token), signs every callback
 * @param aesKey  the callback's 43-character EncodingAESKey
 * @param apiUrl  the WeCom API base
 */
@EachProperty("kubemate.wecom")
public record WeComApp(@Parameter String name, @Nullable String corpId, @Bindable(defaultValue = "0") int agentId, @Nullable String secret,
                       @Nullable String token, @Nullable String aesKey,
                       @Bindable(defaultValue = "https://qyapi.weixin.qq.com/cgi-bin") String apiUrl) {
}
