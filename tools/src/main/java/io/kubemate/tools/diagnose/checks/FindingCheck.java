package io.kubemate.tools.diagnose.checks;

import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.Severity;
import io.kubemate.tools.kube.PodStatus;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The pods' inspection findings (crash loop, OOM kill, unschedulable, …) as causes; ready pods as a thing found in order. */
@Singleton
public final class FindingCheck implements DiagnosisCheck {

    static final int MAX = 4;

    @Override
    public Verdict check(Scene scene) {
        List<Cause> causes = scene.findings().stream()
                .filter(distinctProblems())
                .limit(MAX)
                .map(f -> new Cause(CauseKind.FINDING, List.of(f.name(), f.problem()), f.evidence(), f.runbook(),
                        f.severity() == Severity.CRITICAL ? Cause.STATE + 5 : Cause.STATE))
                .toList();
        Verdict verdict = new Verdict(causes, List.of());
        long clean = scene.pods().stream().filter(p -> scene.findings().stream().noneMatch(f -> f.name().equals(p.getMetadata().getName())))
                .filter(p -> PodStatus.condition(p, "Ready").map(c -> "True".equals(c.getStatus())).orElse(false))
                .count();
        if (!scene.pods().isEmpty() && clean == scene.pods().size()) {
            verdict = verdict.and(Verdict.fine(Fine.of("pods-healthy", String.valueOf(clean))));
        }
        return verdict;
    }

    /** The same problem on several replicas is one cause. */
    private static Predicate<Finding> distinctProblems() {
        Set<String> seen = new HashSet<>();
        return f -> seen.add(f.check() + "\n" + f.problem());
    }
}
