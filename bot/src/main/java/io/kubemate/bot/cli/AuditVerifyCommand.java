package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.audit.AuditChain;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.audit.AuditRecord;
import io.kubemate.bot.audit.AuditSink;
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

@Command(name = "verify", description = "Recompute the audit hash chain of every sink and name the first broken record. "
        + "Exit 0 when every chain is intact, 1 when one is broken.")
final class AuditVerifyCommand implements Callable<Integer> {

    static final int BROKEN = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print {\"sinks\":[{\"sink\",\"records\",\"intact\",\"broken\":{\"seq\",\"reason\"}}]}.")
    boolean json;

    @Override
    public Integer call() {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).start()) {
            List<Map<String, Object>> results = new ArrayList<>();
            for (AuditSink sink : context.getBean(AuditLog.class).sinks()) {
                List<AuditRecord> records = sink.read();
                var broken = AuditChain.verify(records);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("sink", sink.describe());
                result.put("records", records.size());
                result.put("intact", broken.isEmpty());
                result.put("broken", broken.orElse(null));
                results.add(result);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOutput.of(context.getBean(ObjectMapper.class), Map.of("sinks", results)));
            } else {
                results.forEach(r -> out.println(r.get("sink") + ": " + r.get("records") + " records, " + ((boolean) r.get("intact")
                        ? "chain intact" : "chain broken at record " + ((AuditChain.Break) r.get("broken")).seq() + ": "
                        + ((AuditChain.Break) r.get("broken")).reason())));
            }
            out.flush();
            return results.stream().allMatch(r -> (boolean) r.get("intact")) ? 0 : BROKEN;
        }
    }
}
