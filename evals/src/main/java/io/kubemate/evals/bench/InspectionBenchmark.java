package io.kubemate.evals.bench;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubemate.tools.inspect.Inspection;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.micronaut.context.ApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Times a full inspection of a synthetic cluster against plain fabric8 lists of the same kinds, in the same
 * run and on the same mock API server, and reports the process's peak resident memory.
 * Arguments: nodes namespaces workloads podsPerWorkload rounds (default 50 20 1000 5 5).
 */
public final class InspectionBenchmark {

    private InspectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = arg(args, 0, 50);
        int namespaces = arg(args, 1, 20);
        int workloads = arg(args, 2, 1000);
        int podsPerWorkload = arg(args, 3, 5);
        int rounds = arg(args, 4, 5);
        List<HasMetadata> objects = SyntheticCluster.build(nodes, namespaces, workloads, podsPerWorkload);
        long loadStart = System.nanoTime();
        try (ClusterAccess cluster = SandboxCluster.start(objects, null, "synthetic", List.of());
             ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).start()) {
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            List<Inspection> analyzers = context.getBeansOfType(Inspection.class).stream().toList();
            InspectionRunner runner = new InspectionRunner(cluster, analyzers, Clock.systemUTC());
            ListingOnly listing = new ListingOnly(cluster);
            runner.run(Subject.ownCredentials(), null);
            listing.run();
            long listNanos = 0;
            long inspectNanos = 0;
            int findings = 0;
            for (int round = 0; round < rounds; round++) {
                long t0 = System.nanoTime();
                int listed = listing.run();
                long t1 = System.nanoTime();
                Outcome<InspectionReport> outcome = runner.run(Subject.ownCredentials(), null);
                long t2 = System.nanoTime();
                listNanos += t1 - t0;
                inspectNanos += t2 - t1;
                findings = ((Outcome.Ok<InspectionReport>) outcome).value().findings().size();
                if (round == 0) {
                    System.out.printf("objects listed per run: %d%n", listed);
                }
            }
            double listMs = listNanos / 1e6 / rounds;
            double inspectMs = inspectNanos / 1e6 / rounds;
            System.out.printf("cluster: %d nodes, %d namespaces, %d workloads, %d pods, %d objects (loaded in %.1f s)%n",
                    nodes, namespaces, workloads, workloads * podsPerWorkload, objects.size(), loadSeconds);
            System.out.printf("analyzers: %d, findings: %d%n", analyzers.size(), findings);
            System.out.printf("plain list of the same kinds: %.0f ms; full inspection: %.0f ms; ratio %.2f (mean of %d rounds)%n",
                    listMs, inspectMs, inspectMs / listMs, rounds);
            System.out.printf("peak RSS: %s%n", peakRss());
        }
    }

    private static String peakRss() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown (no /proc)";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM")).map(l -> l.replaceAll("\\s+", " "))
                .findFirst().orElse("unknown");
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
