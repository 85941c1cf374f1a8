package io.kubemate.tools.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario stand-in's evaluated PromQL, against values worked out by hand. */
class PromqlEvaluatorTest {

    private static final long NOW = 1_796_204_400L;

    /** {@code lines} of samples, evaluated: the directive first. */
    private static OpenMetricsSeries evaluated(String... lines) {
        return OpenMetricsSeries.parse(OpenMetricsSeries.EVALUATE + "\n" + String.join("\n", lines) + "\n# EOF\n");
    }

    private static List<String> values(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.path("data").path("result").forEach(r -> out.add(r.path("metric").path("n").asText() + "=" + r.path("value").get(1).asText()));
        return out;
    }

    /** Samples of {@code name{n="label"}} every 10 minutes over {@code hours}, from {@code start} changing by {@code perHour}. */
    private static List<String> line(String name, String label, int hours, double start, double perHour) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= hours * 6; i++) {
            long t = NOW - hours * 3600L + i * 600L;
            out.add(name + "{n=\"" + label + "\"} " + (long) (start + perHour * i / 6.0) + " " + t);
        }
        return out;
    }

    @Test
    void predict_linear_extrapolates_the_least_squares_line_and_arithmetic_matches_series_by_labels() {
        List<String> lines = new ArrayList<>(line("free", "a", 6, 6000, -600));
        lines.addAll(line("free", "b", 6, 6000, 0));
        lines.add("size{n=\"a\"} 10000 " + NOW);
        lines.add("size{n=\"b\"} 10000 " + NOW);
        OpenMetricsSeries series = evaluated(lines.toArray(String[]::new));
        // a: 2400 now, 600 less every hour: 2400 - 24 * 600 = -12000 a day ahead; b: flat
        assertEquals(List.of("a=-12000", "b=6000"), values(series.vector("predict_linear(free[6h], 86400)")));
        assertEquals(List.of("a=-12000"), values(series.vector("predict_linear(free[6h], 24*60*60) < 0")));
        assertEquals(List.of("a=0.76", "b=0.4"), values(series.vector("1 - free / size")));
        assertEquals(List.of("a=0.76"), values(series.vector("1 - free{n=\"a\"} / size")));
        assertEquals(List.of("a=4200"), values(series.vector("free{n=\"a\"} offset 3h")));
        assertEquals(List.of("=6000"), values(series.vector("max(free)")));
        assertEquals(List.of("a=-0.166667"), values(series.vector("deriv(free{n=\"a\"}[1h])")), "600 an hour is 1/6 a second");
    }

    @Test
    void a_subquery_takes_the_minimum_hourly_slope_so_a_sawtooth_is_not_steady_growth() {
        List<String> lines = new ArrayList<>(line("ws", "leak", 26, 700, 20));
        for (int i = 0; i <= 26 * 6; i++) {
            long t = NOW - 26 * 3600L + i * 600L;
            lines.add("ws{n=\"gc\"} " + (900 + (i % 36) * 10) + " " + t);
        }
        OpenMetricsSeries series = evaluated(lines.toArray(String[]::new));
        String steady = "max by (n) (ws / (ws offset 24h)) > 1.2 and on (n) max by (n) (min_over_time(deriv(ws[1h])[24h:1h])) > 0";
        assertEquals(List.of("leak"), values(series.vector(steady)).stream().map(v -> v.split("=")[0]).toList());
        assertEquals(List.of("gc"), values(series.vector("min_over_time(deriv(ws[1h])[24h:1h]) < 0")).stream()
                .map(v -> v.split("=")[0]).toList());
    }

    @Test
    void a_range_query_is_a_window_ending_at_the_recorded_now_and_an_unknown_function_is_a_prometheus_error() {
        OpenMetricsSeries series = evaluated(line("free", "a", 2, 100, 60).toArray(String[]::new));
        JsonNode matrix = series.matrix("free", Map.of("start", "1000", "end", "4600", "step", "30m"));
        JsonNode values = matrix.path("data").path("result").get(0).path("values");
        assertEquals(3, values.size(), matrix.toString());
        assertEquals(NOW, values.get(2).get(0).asLong());
        assertEquals("220", values.get(2).get(1).asText());
        JsonNode error = series.vector("histogram_quantile(0.9, free)");
        assertEquals("error", error.path("status").asText());
        assertTrue(error.path("error").asText().contains("histogram_quantile"), error.toString());
    }

    @Test
    void without_the_directive_the_recorded_samples_are_replayed_as_before() {
        OpenMetricsSeries loose = OpenMetricsSeries.parse(String.join("\n", line("free", "a", 1, 100, 60)) + "\n");
        assertEquals(List.of("a=160"), values(loose.vector("predict_linear(free[6h], 86400) < 0")));
    }
}
