package io.kubemate.bot.router.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "errors in the last 1h                | 1h",
            "logs of the past 15m                 | 15m",
            "over the last 15 minutes             | 15m",
            "last 30 min                          | 30m",
            "silence it for 90 minutes            | 90m",
            "120 minutes                          | 2h",
            "in the past 2 hours                  | 2h",
            "for 48 hours                         | 2d",
            "over the last hour                   | 1h",
            "for half an hour                     | 30m",
            "during the past day                  | 1d",
            "for a week                           | 7d",
            "两小时内的日志                         | 2h",
            "最近半小时                             | 30m",
            "过去一天                               | 1d",
            "最近 15 分钟                           | 15m",
            "静默一个半小时                          | 90m",
            "过去三天                               | 3d",
            "十二小时                               | 12h",
    })
    void spells_durations_compactly(String text, String expected) {
        assertEquals(Optional.of(expected), Durations.find(text.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"why is payment-api-7d9f8b6c5d-x2k4p restarting", "scale ledger-api to 3", "show nodes"})
    void finds_no_duration_in_names_or_counts(String text) {
        assertEquals(Optional.empty(), Durations.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"一 | 1", "两 | 2", "十 | 10", "十二 | 12", "二十 | 20", "三十五 | 35"})
    void reads_chinese_numbers(String text, long expected) {
        assertEquals(expected, Durations.zhNumber(text.strip()));
    }
}
