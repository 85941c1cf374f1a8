package io.kubemate.bot.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every audit sink must do; one subclass per implementation, each starting from an empty sink. */
abstract class AuditSinkContract {

    protected abstract AuditSink sink();

    static AuditEntry entry(AuditEvent event, String actor) {
        return new AuditEntry(event, actor, "system:serviceaccount:kubemate-users:u-" + actor, "scale",
                Map.of("namespace", "trade", "workload", "order-api", "replicas", 5), "replicas 2 → 5", null, "slack:C1/1700000000.1");
    }

    @Test
    void appends_records_in_order_chained_from_genesis() {
        AuditRecord first = sink().append(entry(AuditEvent.PROPOSED, "zhangsan"));
        AuditRecord second = sink().append(entry(AuditEvent.CONFIRMED, "zhangsan"));
        assertEquals(1, first.seq());
        assertEquals(AuditChain.GENESIS, first.prevHash());
        assertEquals(first.hash(), second.prevHash());
        List<AuditRecord> read = sink().read();
        assertEquals(List.of(first, second), read);
        assertTrue(sink().chain().verify(read).isEmpty());
    }

    @Test
    void keeps_chinese_text_and_parameters_intact() {
        AuditEntry entry = new AuditEntry(AuditEvent.DENIED, "web:lisi", "system:serviceaccount:kubemate-users:u-lisi", "rollback",
                Map.of("namespace", "core-banking", "workload", "核心账务"), null, "冻结窗口内禁止变更", "web:c1");
        AuditRecord written = sink().append(entry);
        AuditRecord read = sink().read().getLast();
        assertEquals(written, read);
        assertEquals("冻结窗口内禁止变更", read.result());
    }

    @Test
    void concurrent_appends_keep_one_unbroken_chain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String actor = "user" + t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    sink().append(entry(AuditEvent.EXECUTED, actor));
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        List<AuditRecord> records = sink().read();
        assertEquals(160, records.size());
        assertEquals(160, records.getLast().seq());
        assertTrue(sink().chain().verify(records).isEmpty(), String.valueOf(sink().chain().verify(records)));
    }
}
