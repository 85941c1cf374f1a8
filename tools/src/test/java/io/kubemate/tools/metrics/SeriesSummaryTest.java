package io.kubemate.tools.metrics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SeriesSummaryTest {

    private static Series series(double... values) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            samples.add(new Sample(Instant.ofEpochSecond(1_000 + i * 60L), values[i]));
        }
        return new Series(Map.of("pod", "a"), samples);
    }

    @Test
    void a_series_that_jumps_is_rising_since_it_went_above_its_median() {
        SeriesSummary s = SeriesSummary.of(series(1, 1, 1, 1, 1, 1, 5, 6, 7, 8));
        assertEquals(SeriesSummary.Trend.RISING, s.trend());
        assertEquals(Instant.ofEpochSecond(1_000 + 6 * 60L), s.risingSince());
        assertEquals(1, s.min());
        assertEquals(8, s.max());
        assertEquals(8, s.last());
        assertEquals(1, s.median());
    }

    @Test
    void a_noisy_flat_series_is_flat() {
        SeriesSummary s = SeriesSummary.of(series(10, 10.2, 9.9, 10.1, 10, 9.8, 10.1, 10));
        assertEquals(SeriesSummary.Trend.FLAT, s.trend());
        assertNull(s.risingSince());
    }

    @Test
    void a_falling_series_is_falling_and_nan_points_are_ignored() {
        SeriesSummary s = SeriesSummary.of(series(9, 8, Double.NaN, 6, 4, 2));
        assertEquals(SeriesSummary.Trend.FALLING, s.trend());
        assertEquals(5, s.points());
    }
}
