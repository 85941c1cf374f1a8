package io.kubemate.connectors.dingtalk;

import io.kubemate.connectors.core.CallbackCipherFixture;

/** DingTalk's callback keys, and its encryption as the JDK-only fixture writes it. */
final class DingTalkCipherFixture {

    static final String ENCODING_AES_KEY = "4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij";
    static final String TOKEN = "ACfd7GB2IQMUAamb1AqbDBTr4kCjMXZgp";
    static final String APP_KEY = "dingh2hwao9znuoqz41d";

    private DingTalkCipherFixture() {
    }

    static String encrypt(String message, String owner) throws Exception {
        return CallbackCipherFixture.encrypt(ENCODING_AES_KEY, "0123456789abcdef", message, owner);
    }

    static String decrypt(String encrypt) throws Exception {
        return CallbackCipherFixture.decrypt(ENCODING_AES_KEY, encrypt);
    }

    static String sha1Signature(String... parts) throws Exception {
        return CallbackCipherFixture.signature(parts);
    }
}
