package io.kubemate.bot.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/**
 * One append-only audit record. {@code hash} is SHA-256 over the record's canonical JSON without the hash,
 * which includes {@code prevHash}: changing, removing or reordering any record breaks the chain after it.
 */
@JsonPropertyOrder(alphabetic = true)
public record AuditRecord(long seq, String at, AuditEvent event, String actor, String identity, String action,
                          Map<String, Object> args, String diff, String result, String conversation, String prevHash,
                          String hash) {

    AuditRecord withHash(String value) {
        return new AuditRecord(seq, at, event, actor, identity, action, args, diff, result, conversation, prevHash, value);
    }
}
