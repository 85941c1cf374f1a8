package io.kubemate.connectors.feishu;

/** One Feishu / Lark app's event-subscription secrets: the Encrypt Key and the Verification Token. */
public record FeishuApp(String encryptKey, String verificationToken) {

    public FeishuApp {
        if (encryptKey == null || encryptKey.isBlank() || verificationToken == null || verificationToken.isBlank()) {
            throw new IllegalArgumentException("a Feishu app needs an Encrypt Key and a Verification Token (HTTP events must be encrypted)");
        }
    }
}
