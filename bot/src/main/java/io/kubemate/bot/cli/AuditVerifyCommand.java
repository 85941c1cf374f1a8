package io.kubemate.bot.cli;

import io.kubemate.bot.boot.KubemateContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.audit.AuditSink;
import io.kubemate.bot.audit.ChainCheck;
import io.kubemate.bot.audit.StoredRecord;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "verify", description = "Check every audit sink's chain with the audit key and against its checkpoint; name each "
        + "problem (unreadable entry, restarted chain, missing records or tail, broken link, altered record) by sequence number. "
        + "Exit 0 when every chain is intact, 1 when one is not.")
final class AuditVerifyCommand implements Callable<Integer> {

    static final int BROKEN = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print {\"sinks\":[{\"sink\",\"records\",\"intact\",\"key\",\"checkpoint\","
            + "\"broken\":{\"seq\",\"reason\"},\"problems\":[{\"seq\",\"kind\",\"reason\"}]}]}.")
    boolean json;

    @Override
    public Integer call() {
        try (ApplicationContext context = KubemateContext.builder().start()) {
            List<Map<String, Object>> results = new ArrayList<>();
            for (AuditSink sink : context.getBean(AuditLog.class).sinks()) {
                results.add(check(sink));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOutput.of(context.getBean(ObjectMapper.class), Map.of("sinks", results)));
            } else {
                results.forEach(r -> print(out, r));
            }
            out.flush();
            return results.stream().allMatch(r -> (boolean) r.get("intact")) ? 0 : BROKEN;
        }
    }

    private static Map<String, Object> check(AuditSink sink) {
        List<StoredRecord> stored = sink.scan();
        var checkpoint = sink.checkpoint();
        List<ChainCheck.Problem> problems = new ChainCheck(sink.chain()).check(stored, checkpoint);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sink", sink.describe());
        result.put("records", stored.size());
        result.put("intact", problems.isEmpty());
        result.put("key", sink.chain().key().development() ? "development" : "configured");
        result.put("checkpoint", checkpoint.map(c -> c.checkpoint() == null ? null : c.checkpoint().seq()).orElse(null));
        result.put("broken", problems.isEmpty() ? null : Map.of("seq", problems.getFirst().seq(), "reason", problems.getFirst().reason()));
        result.put("problems", problems);
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void print(PrintWriter out, Map<String, Object> result) {
        List<ChainCheck.Problem> problems = (List<ChainCheck.Problem>) result.get("problems");
        out.println(result.get("sink") + ": " + result.get("records") + " records, " + (problems.isEmpty() ? "chain intact"
                : "chain broken (" + problems.size() + (problems.size() == 1 ? " problem)" : " problems)"))
                + ("development".equals(result.get("key")) ? " [development key: no protection]" : ""));
        problems.forEach(p -> out.println("  record " + p.seq() + " " + p.kind() + ": " + p.reason()));
    }
}
