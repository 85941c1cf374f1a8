package io.kubemate.connectors.dingtalk;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** DingTalk's (and WeCom's) callback encryption written out with the JDK, apart from the production code. */
final class DingTalkCipherFixture {

    static final String ENCODING_AES_KEY = "4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij";
    static final String TOKEN = "ACfd7GB2IQMUAamb1AqbDBTr4kCjMXZgp";
    static final String APP_KEY = "dingh2hwao9znuoqz41d";

    private DingTalkCipherFixture() {
    }

    static String encrypt(String message, String owner) throws Exception {
        byte[] key = Base64.getDecoder().decode(ENCODING_AES_KEY + "=");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        plain.writeBytes("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        plain.writeBytes(new byte[]{(byte) (msg.length >>> 24), (byte) (msg.length >>> 16), (byte) (msg.length >>> 8), (byte) msg.length});
        plain.writeBytes(msg);
        plain.writeBytes(owner.getBytes(StandardCharsets.UTF_8));
        int pad = 32 - plain.size() % 32;
        for (int i = 0; i < pad; i++) {
            plain.write(pad);
        }
        Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
        return Base64.getEncoder().encodeToString(aes.doFinal(plain.toByteArray()));
    }

    static String decrypt(String encrypt) throws Exception {
        byte[] key = Base64.getDecoder().decode(ENCODING_AES_KEY + "=");
        Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
        byte[] plain = aes.doFinal(Base64.getDecoder().decode(encrypt));
        int length = ((plain[16] & 0xff) << 24) | ((plain[17] & 0xff) << 16) | ((plain[18] & 0xff) << 8) | (plain[19] & 0xff);
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    static String sha1Signature(String... parts) throws Exception {
        String joined = Stream.of(parts).sorted().collect(Collectors.joining());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8)));
    }
}
