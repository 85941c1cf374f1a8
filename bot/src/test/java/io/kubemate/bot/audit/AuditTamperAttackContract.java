package io.kubemate.bot.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.bot.cli.KubemateCommand;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 item 15, for every audit sink: someone who can write where the records are kept (the file, the Redis
 * stream) but does not hold the audit key tampers with them; {@code audit verify} must say so, naming the sequence
 * number. Records are written the way the bot writes them and checked the way an operator checks them.
 */
abstract class AuditTamperAttackContract {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The configuration that selects this sink (and the audit key). */
    protected abstract Map<String, String> properties();

    /** The stored records, oldest first, each as its stored text. */
    protected abstract List<String> stored();

    /** Replaces everything stored by {@code records} (an attacker rewriting the log). */
    protected abstract void replace(List<String> records);

    /** Moves the log away, so that the bot starts writing a fresh one. */
    protected abstract void moveAway();

    /** Which sink of the report is this one. */
    protected abstract String sinkPrefix();

    @AfterEach
    void clearProperties() {
        properties().keySet().forEach(System::clearProperty);
    }

    void write(int count) {
        properties().forEach(System::setProperty);
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).start()) {
            AuditLog log = context.getBean(AuditLog.class);
            for (int i = 0; i < count; i++) {
                log.record(new AuditEntry(AuditEvent.EXECUTED, "web:zhangsan", "system:serviceaccount:kubemate-users:u-zhangsan",
                        "scale", Map.of("namespace", "trade", "workload", "order-api", "replicas", i + 1), "replicas → " + (i + 1),
                        "ok", "web:c1"));
            }
        }
    }

    /** The report of {@code audit verify --json} for this sink, and the exit code under {@code exit}. */
    JsonNode verify() throws Exception {
        properties().forEach(System::setProperty);
        StringWriter out = new StringWriter();
        CommandLine line = new KubemateCommand().commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(new StringWriter()));
        int code = line.execute("audit", "verify", "--json");
        JsonNode report = JSON.readTree(out.toString());
        for (JsonNode sink : report.path("sinks")) {
            if (sink.path("sink").asText().startsWith(sinkPrefix())) {
                ((ObjectNode) sink).put("exit", code);
                return sink;
            }
        }
        throw new AssertionError("no report for " + sinkPrefix() + ": " + out);
    }

    /** The sequence numbers the report names as problems. */
    static List<Long> problemSeqs(JsonNode sink) {
        List<Long> seqs = new ArrayList<>();
        sink.path("problems").forEach(p -> seqs.add(p.path("seq").asLong()));
        if (seqs.isEmpty() && sink.path("broken").has("seq")) {
            seqs.add(sink.path("broken").path("seq").asLong());
        }
        return seqs;
    }

    static void assertBrokenAt(JsonNode sink, long seq) {
        assertEquals(false, sink.path("intact").asBoolean(true), "the tampering was not noticed: " + sink);
        assertEquals(1, sink.path("exit").asInt(), sink.toString());
        assertTrue(problemSeqs(sink).contains(seq), "expected a problem at record " + seq + ": " + sink);
    }

    /** What an attacker without the key can do: recompute every hash as SHA-256 of the canonical record. */
    static List<String> rehashed(List<String> records) throws Exception {
        List<String> out = new ArrayList<>();
        String previous = null;
        for (String text : records) {
            ObjectNode record = (ObjectNode) JSON.readTree(text);
            if (previous != null) {
                record.put("prevHash", previous);
            }
            record.remove("hash");
            TreeMap<String, Object> sorted = JSON.convertValue(record, TreeMap.class);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(sorted).getBytes(StandardCharsets.UTF_8)));
            record.put("hash", hash);
            previous = hash;
            out.add(JSON.writeValueAsString(record));
        }
        return out;
    }

    @Test
    void deleting_the_last_records_is_reported_as_a_missing_tail() throws Exception {
        write(5);
        replace(stored().subList(0, 3));
        assertBrokenAt(verify(), 4);
    }

    @Test
    void emptying_the_log_is_reported() throws Exception {
        write(3);
        replace(List.of());
        assertBrokenAt(verify(), 1);
    }

    @Test
    void a_rewritten_and_rehashed_chain_is_reported() throws Exception {
        write(4);
        List<String> records = new ArrayList<>(stored());
        records.set(1, records.get(1).replace("\"replicas\":2", "\"replicas\":20"));
        replace(rehashed(records));
        assertBrokenAt(verify(), 2);
    }

    @Test
    void a_forged_record_appended_with_a_recomputed_hash_is_reported() throws Exception {
        write(2);
        List<String> records = new ArrayList<>(stored());
        ObjectNode forged = (ObjectNode) JSON.readTree(records.getLast());
        forged.put("seq", 3).put("actor", "web:someone-else");
        records.add(JSON.writeValueAsString(forged));
        replace(rehashed(records));
        assertBrokenAt(verify(), 3);
    }

    @Test
    void deleting_the_tail_and_its_checkpoint_together_is_reported() throws Exception {
        write(4);
        List<String> records = stored();
        replace(records.subList(0, 2));
        forgeCheckpoint(records.get(1));
        assertBrokenAt(verify(), 3);
    }

    @Test
    void moving_the_log_away_and_writing_on_is_reported_as_a_restarted_chain() throws Exception {
        write(3);
        moveAway();
        write(2);
        JsonNode sink = verify();
        assertEquals(false, sink.path("intact").asBoolean(true), "a fresh chain after the move verified: " + sink);
        assertTrue(problemSeqs(sink).contains(1L) || problemSeqs(sink).contains(4L), sink.toString());
    }

    @Test
    void an_unreadable_line_is_reported_by_its_sequence_number() throws Exception {
        write(3);
        List<String> records = new ArrayList<>(stored());
        records.set(1, "{\"seq\":2,\"at\":");
        replace(records);
        assertBrokenAt(verify(), 2);
    }

    @Test
    void deleting_a_record_in_the_middle_is_reported() throws Exception {
        write(4);
        List<String> records = new ArrayList<>(stored());
        records.remove(1);
        replace(records);
        assertBrokenAt(verify(), 3);
    }

    @Test
    void changing_a_record_without_rehashing_is_reported() throws Exception {
        write(3);
        List<String> records = new ArrayList<>(stored());
        records.set(1, records.get(1).replace("web:zhangsan", "web:lisi"));
        replace(records);
        assertBrokenAt(verify(), 2);
    }

    /** Overwrites the checkpoint (where this sink keeps one) with the head {@code record} names, unsigned. */
    protected abstract void forgeCheckpoint(String record) throws Exception;

}
