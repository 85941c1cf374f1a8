package io.kubemate.bot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Seals records into the hash chain and checks a chain, naming the first record that does not fit. */
public final class AuditChain {

    /** The hash the first record points back to. */
    public static final String GENESIS = "0".repeat(64);

    /** Where a chain breaks: the record's sequence number (or position) and why. */
    public record Break(long seq, String reason) {
    }

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private AuditChain() {
    }

    public static AuditRecord seal(long seq, Instant at, AuditEntry entry, String prevHash) {
        AuditRecord unsealed = new AuditRecord(seq, at.toString(), entry.event(), entry.actor(), entry.identity(), entry.action(),
                entry.args(), entry.diff(), entry.result(), entry.conversation(), prevHash, null);
        return unsealed.withHash(hash(unsealed));
    }

    public static String hash(AuditRecord record) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(record.withHash(null));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash an audit record", e);
        }
    }

    /** Empty when every record fits; otherwise the first one that does not. */
    public static Optional<Break> verify(List<AuditRecord> records) {
        String previous = GENESIS;
        long expectedSeq = records.isEmpty() ? 0 : records.getFirst().seq();
        for (AuditRecord record : records) {
            if (record.seq() != expectedSeq) {
                return Optional.of(new Break(record.seq(), "expected record " + expectedSeq + " here: records are missing or out of order"));
            }
            if (!previous.equals(record.prevHash())) {
                return Optional.of(new Break(record.seq(), "its prevHash does not match the record before it"));
            }
            if (!hash(record).equals(record.hash())) {
                return Optional.of(new Break(record.seq(), "its content does not match its hash (the record was changed)"));
            }
            previous = record.hash();
            expectedSeq++;
        }
        if (!records.isEmpty() && records.getFirst().seq() != 1) {
            return Optional.of(new Break(records.getFirst().seq(), "the chain does not start at record 1: earlier records are missing"));
        }
        return Optional.empty();
    }
}
