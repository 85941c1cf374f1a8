package io.kubemate.tools.metrics;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A range series reduced to what a person reads off a graph: first, last, min, max, median, the trend (the
 * last quarter's mean against the first quarter's) and, when rising, the moment it went above its median and
 * stayed there.
 */
public record SeriesSummary(String labels, int points, double first, double last, double min, double max,
                            double median, Trend trend, Instant risingSince) {

    public enum Trend { RISING, FALLING, FLAT, EMPTY }

    static final double TREND_THRESHOLD = 0.10;

    public static SeriesSummary of(Series series) {
        List<Sample> samples = series.samples().stream().filter(s -> Double.isFinite(s.value())).toList();
        if (samples.isEmpty()) {
            return new SeriesSummary(series.labels(), 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Trend.EMPTY, null);
        }
        double[] values = samples.stream().mapToDouble(Sample::value).toArray();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        int quarter = Math.max(1, values.length / 4);
        double head = mean(values, 0, quarter);
        double tail = mean(values, values.length - quarter, values.length);
        double scale = Math.max(Math.max(Math.abs(head), Math.abs(tail)), sorted[sorted.length - 1] - sorted[0]);
        Trend trend = scale == 0 || Math.abs(tail - head) <= TREND_THRESHOLD * scale ? Trend.FLAT
                : tail > head ? Trend.RISING : Trend.FALLING;
        Instant since = null;
        if (trend == Trend.RISING) {
            int k = values.length;
            while (k > 0 && values[k - 1] > median) {
                k--;
            }
            if (k > 0 && k < values.length) {
                since = samples.get(k).time();
            }
        }
        return new SeriesSummary(series.labels(), values.length, values[0], values[values.length - 1], sorted[0],
                sorted[sorted.length - 1], median, trend, since);
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
