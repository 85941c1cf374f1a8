package io.kubemate.bot.chat.platform.dingtalk;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code kubemate.dingtalk.<name>.*}: one DingTalk app with a robot, receiving over Stream mode or an encrypted HTTP
 * callback.
 *
 * @param name      the robot's name in Kubemate (conversation ids and alert routes use it)
 * @param appKey    the app's AppKey (Client ID); also the owner key inside every encrypted callback
 * @param appSecret the app's AppSecret (Client Secret): checks the {@code sign} header and gets access tokens
 * @param robotCode the robot's code, used to post (usually the AppKey)
 * @param token     the callback's Token (加密 token), signs the ciphertext (HTTP callback only)
 * @param aesKey    the callback's 43-character EncodingAESKey (数据加密密钥) (HTTP callback only)
 * @param apiUrl    the DingTalk OpenAPI base
 * @param stream    receive over Stream mode (the bot connects out; no callback URL, token or aes-key needed)
 */
@EachProperty("kubemate.dingtalk")
public record DingTalkRobot(@Parameter String name, @Nullable String appKey, @Nullable String appSecret, @Nullable String robotCode,
                            @Nullable String token, @Nullable String aesKey,
                            @Bindable(defaultValue = "https://api.dingtalk.com") String apiUrl,
                            @Bindable(defaultValue = "false") boolean stream) {
}
