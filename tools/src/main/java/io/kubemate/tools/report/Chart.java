package io.kubemate.tools.report;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A small time-series chart a console can draw next to a summary (a metric over the last hours): a few lines of at
 * most a few hundred points each, values in {@code unit}, times in epoch seconds.
 */
public record Chart(String title, String unit, List<Line> lines) {

    /** Lines drawn at most; the first (most relevant) are kept. */
    public static final int MAX_LINES = 8;
    /** Points per line at most; longer series are thinned evenly, keeping the last point. */
    public static final int MAX_POINTS = 240;

    public record Line(String label, List<Point> points) {

        public Line {
            points = thinned(points);
        }
    }

    public record Point(long t, double v) {
    }

    public Chart {
        lines = List.copyOf(lines.subList(0, Math.min(lines.size(), MAX_LINES)));
    }

    private static List<Point> thinned(List<Point> points) {
        if (points.size() <= MAX_POINTS) {
            return List.copyOf(points);
        }
        double stride = (points.size() - 1) / (double) (MAX_POINTS - 1);
        return IntStream.range(0, MAX_POINTS).mapToObj(i -> points.get((int) Math.round(i * stride))).toList();
    }
}
