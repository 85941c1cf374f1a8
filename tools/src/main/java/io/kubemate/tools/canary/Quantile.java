package io.kubemate.tools.canary;

import java.util.Map;
import java.util.TreeMap;

/** Prometheus's {@code histogram_quantile} over cumulative bucket rates by their {@code le} bound. */
final class Quantile {

    private Quantile() {
    }

    /** The quantile, or null when the histogram is empty or has no {@code +Inf} bucket. */
    static Double of(double q, Map<String, Double> byLe) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        byLe.forEach((le, count) -> {
            try {
                buckets.put(le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le), count);
            } catch (NumberFormatException e) {
                // not a bucket bound: left out
            }
        });
        if (buckets.isEmpty() || !buckets.lastKey().isInfinite() || buckets.lastEntry().getValue() <= 0) {
            return null;
        }
        double rank = q * buckets.lastEntry().getValue();
        double lower = 0;
        double below = 0;
        for (Map.Entry<Double, Double> b : buckets.entrySet()) {
            if (b.getValue() >= rank) {
                if (b.getKey().isInfinite()) {
                    return lower;
                }
                double inBucket = b.getValue() - below;
                return inBucket <= 0 ? b.getKey() : lower + (b.getKey() - lower) * (rank - below) / inBucket;
            }
            lower = b.getKey();
            below = b.getValue();
        }
        return lower;
    }
}
