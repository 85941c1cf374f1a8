package io.kubemate.bot.chat.platform.feishu;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code kubemate.feishu.<name>.*}: one Feishu (or Lark) app with its bot, receiving events over the long connection or
 * over HTTP, encrypted.
 *
 * @param name              the app's name in Kubemate (conversation ids and alert routes use it)
 * @param appId             the App ID ({@code cli_…})
 * @param appSecret         the App Secret, for the tenant access token
 * @param verificationToken the event subscription's Verification Token (HTTP events only)
 * @param encryptKey        the event subscription's Encrypt Key: decrypts events and checks {@code X-Lark-Signature} (HTTP only)
 * @param apiUrl            the Open API base; Lark: {@code https://open.larksuite.com/open-apis}; its host also serves
 *                          the long connection's {@code /callback/ws/endpoint}
 * @param longConnection    receive over the long connection (the bot connects out; no request URL, token or key needed)
 */
@EachProperty("kubemate.feishu")
public record FeishuBot(@Parameter String name, @Nullable String appId, @Nullable String appSecret, @Nullable String verificationToken,
                        @Nullable String encryptKey,
                        @Bindable(defaultValue = "https://open.feishu.cn/open-apis") String apiUrl,
                        @Bindable(defaultValue = "false") boolean longConnection) {
}
