package io.kubemate.bot.audit;

import io.micronaut.context.exceptions.ConfigurationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The secret that seals audit records (HMAC-SHA256): whoever can write the log but lacks the key cannot make a
 * changed, added or re-chained record verify. Without a configured key a fixed development key is used, which
 * protects nothing and is allowed only where {@code ExposureCheck} allows development settings.
 */
public final class AuditKey {

    static final int MIN_BYTES = 32;
    private static final String DEVELOPMENT = "kubemate-development-audit-key: not a secret, never in production";

    private final byte[] key;
    private final boolean development;

    private AuditKey(byte[] key, boolean development) {
        this.key = key.clone();
        this.development = development;
    }

    public static AuditKey of(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new ConfigurationException("the audit key has " + key.length + " bytes; it needs at least " + MIN_BYTES);
        }
        return new AuditKey(key, false);
    }

    public static AuditKey developmentKey() {
        return new AuditKey(DEVELOPMENT.getBytes(StandardCharsets.UTF_8), true);
    }

    /** From {@code kubemate.audit.key-file} (trailing line breaks ignored) or {@code kubemate.audit.key}, else the development key. */
    public static AuditKey of(AuditProperties properties) {
        if (properties.keyFile() != null && !properties.keyFile().isBlank()) {
            try {
                return of(Files.readString(Path.of(properties.keyFile())).strip().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ConfigurationException("kubemate.audit.key-file " + properties.keyFile() + " cannot be read: " + e.getMessage());
            }
        }
        if (properties.key() != null && !properties.key().isBlank()) {
            return of(properties.key().strip().getBytes(StandardCharsets.UTF_8));
        }
        return developmentKey();
    }

    public boolean development() {
        return development;
    }

    public String mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
