package io.kubemate.bot.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static final AuditChain CHAIN = new AuditChain(AuditKey.of("an-audit-key-for-the-chain-test-0123456789".getBytes(StandardCharsets.UTF_8)));

    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> records = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditRecord record = CHAIN.seal(i, Instant.parse("2026-11-23T09:00:00Z").plusSeconds(i),
                    AuditSinkContract.entry(AuditEvent.EXECUTED, "u" + i), previous);
            records.add(record);
            previous = record.hash();
        }
        return records;
    }

    @Test
    void an_intact_chain_verifies() {
        assertTrue(CHAIN.verify(chain(5)).isEmpty());
        assertTrue(CHAIN.verify(List.of()).isEmpty());
    }

    @Test
    void names_a_changed_record() {
        List<AuditRecord> records = chain(5);
        AuditRecord original = records.get(2);
        Map<String, Object> args = new HashMap<>(original.args());
        args.put("replicas", 50);
        records.set(2, new AuditRecord(original.seq(), original.at(), original.event(), original.actor(), original.identity(),
                original.action(), args, original.diff(), original.result(), original.conversation(), original.prevHash(), original.hash(), original.v()));
        var broken = CHAIN.verify(records).orElseThrow();
        assertEquals(3, broken.seq());
        assertTrue(broken.reason().contains("changed"), broken.reason());
    }

    @Test
    void names_the_record_after_a_removed_one() {
        List<AuditRecord> records = chain(5);
        records.remove(1);
        assertEquals(3, CHAIN.verify(records).orElseThrow().seq());
    }

    @Test
    void notices_records_removed_from_the_start() {
        List<AuditRecord> records = chain(5);
        records.removeFirst();
        assertEquals(2, CHAIN.verify(records).orElseThrow().seq());
    }

    @Test
    void a_chain_sealed_with_another_key_does_not_verify() {
        AuditChain other = new AuditChain(AuditKey.of("another-audit-key-of-the-same-length-012345".getBytes(StandardCharsets.UTF_8)));
        var broken = other.verify(chain(3)).orElseThrow();
        assertEquals(1, broken.seq());
        assertTrue(broken.reason().contains("without the audit key"), broken.reason());
    }

    @Test
    void notices_a_record_rehashed_after_a_change() {
        List<AuditRecord> records = chain(4);
        AuditRecord original = records.get(1);
        AuditRecord forged = new AuditRecord(original.seq(), original.at(), AuditEvent.CANCELLED, original.actor(), original.identity(),
                original.action(), original.args(), original.diff(), original.result(), original.conversation(), original.prevHash(), null, original.v());
        records.set(1, forged.withHash(CHAIN.hash(forged)));
        assertEquals(3, CHAIN.verify(records).orElseThrow().seq());
    }
}
