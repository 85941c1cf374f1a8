package io.kubemate.tools.canary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Promote (healthy: the next step or full promotion), hold (not enough to judge) or roll back (the canary is worse than
 * stable beyond the policy's thresholds), with the comparisons that decided it.
 *
 * @param reasons facts in English with the numbers, e.g. "error rate 7.9% vs 0.4% (+7.5 points > 1.0)"
 */
public record CanaryVerdict(Verdict verdict, List<String> reasons) {

    public enum Verdict { ROLL_BACK, HOLD, PROMOTE }

    public CanaryVerdict {
        reasons = List.copyOf(reasons);
    }

    public static CanaryVerdict judge(BackendMetrics stable, BackendMetrics canary, CanaryPolicy policy) {
        if (canary == null || canary.successRate() == null) {
            return new CanaryVerdict(Verdict.HOLD, List.of("no request metrics for the canary"));
        }
        if (canary.requestRate() < policy.minRequestRate()) {
            return new CanaryVerdict(Verdict.HOLD, List.of(String.format(Locale.ROOT, "the canary serves %.2f req/s, below %.2f: too little to judge",
                    canary.requestRate(), policy.minRequestRate())));
        }
        List<String> worse = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        double stableErrors = stable == null || stable.errorRate() == null ? 0 : stable.errorRate();
        double delta = canary.errorRate() - stableErrors;
        String errors = String.format(Locale.ROOT, "error rate %s vs %s (%+.1f points, limit +%.1f)", percent(canary.errorRate()),
                stable == null || stable.errorRate() == null ? "no baseline" : percent(stableErrors), delta * 100, policy.maxErrorRateDelta() * 100);
        (delta > policy.maxErrorRateDelta() ? worse : fine).add(errors);
        if (canary.p99Ms() != null && stable != null && stable.p99Ms() != null && stable.p99Ms() > 0) {
            double ratio = canary.p99Ms() / stable.p99Ms();
            String latency = String.format(Locale.ROOT, "p99 %.0f ms vs %.0f ms (x%.2f, limit x%.2f)", canary.p99Ms(), stable.p99Ms(), ratio,
                    policy.maxP99Ratio());
            (ratio > policy.maxP99Ratio() ? worse : fine).add(latency);
        }
        return worse.isEmpty() ? new CanaryVerdict(Verdict.PROMOTE, fine) : new CanaryVerdict(Verdict.ROLL_BACK, worse);
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.2f%%", rate * 100);
    }
}
