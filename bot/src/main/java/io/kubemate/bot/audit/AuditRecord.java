package io.kubemate.bot.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/**
 * One append-only audit record, format {@code v} 2: {@code hash} is HMAC-SHA256 with the audit key over the record's
 * canonical JSON without the hash, which includes {@code prevHash}: changing, removing or reordering any record breaks
 * the chain after it, and nobody without the key can re-seal it. (Format 1, before, was an unkeyed SHA-256.)
 */
@JsonPropertyOrder(alphabetic = true)
public record AuditRecord(long seq, String at, AuditEvent event, String actor, String identity, String action,
                          Map<String, Object> args, String diff, String result, String conversation, String prevHash,
                          String hash, int v) {

    AuditRecord withHash(String value) {
        return new AuditRecord(seq, at, event, actor, identity, action, args, diff, result, conversation, prevHash, value, v);
    }
}
