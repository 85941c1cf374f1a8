package io.kubemate.tools.inspect;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CronSchedulePeriodTest {

    @Test
    void every_twelve_hours_has_a_twelve_hour_period() {
        assertEquals(Optional.of(Duration.ofHours(12)), CronSchedule.period("0 */12 * * *"));
    }

    @Test
    void weekdays_only_has_the_weekend_as_its_longest_gap() {
        assertEquals(Optional.of(Duration.ofDays(3)), CronSchedule.period("0 2 * * 1-5"));
    }

    @Test
    void uneven_hours_give_the_longest_gap() {
        assertEquals(Optional.of(Duration.ofHours(20)), CronSchedule.period("0 2,6 * * *"));
    }

    @Test
    void velero_every_and_macros_are_read() {
        assertEquals(Optional.of(Duration.ofMinutes(90)), CronSchedule.period("@every 1h30m"));
        assertEquals(Optional.of(Duration.ofDays(1)), CronSchedule.period("@daily"));
        assertEquals(Optional.of(Duration.ofDays(7)), CronSchedule.period("CRON_TZ=Asia/Shanghai 0 3 * * sun"));
    }

    @Test
    void an_invalid_schedule_has_no_period() {
        assertEquals(Optional.empty(), CronSchedule.period("0 25 * * *"));
        assertEquals(Optional.empty(), CronSchedule.period(null));
    }
}
