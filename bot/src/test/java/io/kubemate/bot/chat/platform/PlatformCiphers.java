package io.kubemate.bot.chat.platform;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The platforms' callback encryption and signatures, written out with the JDK apart from the production code. */
public final class PlatformCiphers {

    private PlatformCiphers() {
    }

    /** DingTalk and WeCom: AES-256-CBC (IV = first 16 key bytes) over random(16) + length + message + owner, padded to 32. */
    public static String encryptWeComStyle(String encodingAesKey, String message, String owner) throws Exception {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        plain.writeBytes("kubemate-random!".getBytes(StandardCharsets.US_ASCII));
        plain.writeBytes(ByteBuffer.allocate(4).putInt(msg.length).array());
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

    /** DingTalk and WeCom: hex SHA-1 of the parts sorted and joined. */
    public static String sha1Sorted(String... parts) throws Exception {
        String joined = Stream.of(parts).sorted().collect(Collectors.joining());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8)));
    }

    /** Feishu: Base64(IV + AES-256-CBC/PKCS#7 with key SHA-256(Encrypt Key)). */
    public static String encryptFeishu(String encryptKey, String plaintext) throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-256").digest(encryptKey.getBytes(StandardCharsets.UTF_8));
        byte[] iv = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        byte[] cipher = aes.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[iv.length + cipher.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(cipher, 0, out, iv.length, cipher.length);
        return Base64.getEncoder().encodeToString(out);
    }

    /** Feishu: hex SHA-256 of timestamp + nonce + Encrypt Key + body. */
    public static String feishuSignature(String timestamp, String nonce, String encryptKey, byte[] body) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((timestamp + nonce + encryptKey).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(body));
    }
}
