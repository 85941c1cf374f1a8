package io.kubemate.bot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Seals records into the keyed chain and checks a chain, naming the first record that does not fit. */
public final class AuditChain {

    /** The hash the first record points back to. */
    public static final String GENESIS = "0".repeat(64);
    /** The record format written now: HMAC-SHA256 with the audit key. */
    public static final int VERSION = 2;

    /** Where a chain breaks: the record's sequence number (or position) and why. */
    public record Break(long seq, String reason) {
    }

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final AuditKey key;

    public AuditChain(AuditKey key) {
        this.key = key;
    }

    public AuditKey key() {
        return key;
    }

    public AuditRecord seal(long seq, Instant at, AuditEntry entry, String prevHash) {
        AuditRecord unsealed = new AuditRecord(seq, at.toString(), entry.event(), entry.actor(), entry.identity(), entry.action(),
                entry.args(), entry.diff(), entry.result(), entry.conversation(), prevHash, null, VERSION);
        return unsealed.withHash(hash(unsealed));
    }

    public String hash(AuditRecord record) {
        try {
            return key.mac(CANONICAL.writeValueAsBytes(record.withHash(null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash an audit record", e);
        }
    }

    /** Empty when every record fits; otherwise the first one that does not (without a checkpoint to compare with). */
    public Optional<Break> verify(List<AuditRecord> records) {
        List<StoredRecord> stored = records.stream().map(r -> new StoredRecord(r.seq(), r, null)).toList();
        return new ChainCheck(this).check(stored, Optional.empty()).stream().findFirst()
                .map(p -> new Break(p.seq(), p.reason()));
    }
}
