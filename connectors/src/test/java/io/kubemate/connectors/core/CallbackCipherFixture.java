package io.kubemate.connectors.core;

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

/** The callback encryption WeCom and DingTalk share, written out with the JDK apart from the production code. */
public final class CallbackCipherFixture {

    private CallbackCipherFixture() {
    }

    /** {@code message} for {@code owner} under {@code encodingAesKey}, after the 16 ASCII characters {@code random}. */
    public static String encrypt(String encodingAesKey, String random, String message, String owner) throws Exception {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        plain.writeBytes(random.getBytes(StandardCharsets.US_ASCII));
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        plain.writeBytes(new byte[]{(byte) (msg.length >>> 24), (byte) (msg.length >>> 16), (byte) (msg.length >>> 8), (byte) msg.length});
        plain.writeBytes(msg);
        plain.writeBytes(owner.getBytes(StandardCharsets.UTF_8));
        int pad = 32 - plain.size() % 32;
        for (int i = 0; i < pad; i++) {
            plain.write(pad);
        }
        return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE, key).doFinal(plain.toByteArray()));
    }

    /** The message inside {@code encrypt}. */
    public static String decrypt(String encodingAesKey, String encrypt) throws Exception {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        byte[] plain = cipher(Cipher.DECRYPT_MODE, key).doFinal(Base64.getDecoder().decode(encrypt));
        int length = ((plain[16] & 0xff) << 24) | ((plain[17] & 0xff) << 16) | ((plain[18] & 0xff) << 8) | (plain[19] & 0xff);
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    /** {@code hex(SHA-1(sort(parts) joined))}. */
    public static String signature(String... parts) throws Exception {
        String joined = Stream.of(parts).sorted().collect(Collectors.joining());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8)));
    }

    private static Cipher cipher(int mode, byte[] key) throws Exception {
        Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
        aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
        return aes;
    }
}
