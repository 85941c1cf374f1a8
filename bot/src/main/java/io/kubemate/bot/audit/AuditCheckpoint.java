package io.kubemate.bot.audit;

import java.nio.charset.StandardCharsets;

/**
 * The head of a sink's chain (last sequence number and its hash), signed with the audit key and kept in a second
 * place: a log cut short, emptied or replaced no longer matches it.
 */
public record AuditCheckpoint(long seq, String hash, String mac) {

    static AuditCheckpoint sign(AuditKey key, long seq, String hash) {
        return new AuditCheckpoint(seq, hash, key.mac(signed(seq, hash)));
    }

    boolean signedBy(AuditKey key) {
        return mac != null && mac.equals(key.mac(signed(seq, hash)));
    }

    private static byte[] signed(long seq, String hash) {
        return ("kubemate-audit-checkpoint\n" + seq + "\n" + hash).getBytes(StandardCharsets.UTF_8);
    }
}
