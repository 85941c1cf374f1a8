package io.kubemate.tools.canary;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CanaryVerdictTest {

    private static final CanaryPolicy POLICY = CanaryPolicy.defaults();

    private static BackendMetrics metrics(double rps, double success, double p99) {
        return new BackendMetrics("w", rps, success, p99, "linkerd");
    }

    @Test
    void a_canary_as_good_as_stable_is_promoted() {
        CanaryVerdict v = CanaryVerdict.judge(metrics(20, 0.998, 120), metrics(5, 0.997, 130), POLICY);
        assertEquals(CanaryVerdict.Verdict.PROMOTE, v.verdict());
        assertEquals(List.of("error rate 0.30% vs 0.20% (+0.1 points, limit +1.0)", "p99 130 ms vs 120 ms (x1.08, limit x1.20)"), v.reasons());
    }

    @Test
    void a_slower_canary_is_rolled_back_even_without_errors() {
        assertEquals(CanaryVerdict.Verdict.ROLL_BACK, CanaryVerdict.judge(metrics(20, 1, 100), metrics(5, 1, 150), POLICY).verdict());
    }

    @Test
    void too_little_canary_traffic_holds() {
        CanaryVerdict v = CanaryVerdict.judge(metrics(20, 1, 100), metrics(0.05, 0.5, 900), POLICY);
        assertEquals(CanaryVerdict.Verdict.HOLD, v.verdict());
    }

    @Test
    void thresholds_are_the_policys() {
        CanaryPolicy lenient = new CanaryPolicy(List.of(10, 100), Duration.ofHours(1), 0.1, 2, 0.1, Duration.ofMinutes(5));
        assertEquals(CanaryVerdict.Verdict.PROMOTE, CanaryVerdict.judge(metrics(20, 0.99, 100), metrics(5, 0.93, 190), lenient).verdict());
        assertEquals(10, lenient.next(0).getAsInt());
        assertEquals(100, lenient.next(10).getAsInt());
    }

    @Test
    void a_ladder_must_rise_to_one_hundred() {
        assertThrows(IllegalArgumentException.class, () -> new CanaryPolicy(List.of(5, 20, 50), null, 0.01, 1.2, 0.1, null));
        assertThrows(IllegalArgumentException.class, () -> new CanaryPolicy(List.of(20, 5, 100), null, 0.01, 1.2, 0.1, null));
    }

    @Test
    void the_quantile_interpolates_within_its_bucket_like_prometheus() {
        assertEquals(190, Quantile.of(0.99, Map.of("100", 18.0, "200", 20.0, "+Inf", 20.0)), 1e-9);
        assertEquals(200, Quantile.of(0.99, Map.of("100", 1.0, "200", 5.0, "+Inf", 10.0)), 1e-9, "in +Inf: the highest finite bound");
        assertNull(Quantile.of(0.99, Map.of("100", 1.0)));
    }
}
