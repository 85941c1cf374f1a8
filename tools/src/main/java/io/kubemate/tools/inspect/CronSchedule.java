package io.kubemate.tools.inspect;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a CronJob schedule the way the controller parses it: five fields or a macro, optional TZ prefix; and
 * tells the longest gap between two runs of a valid one (Velero schedules also accept {@code @every 12h}).
 */
public final class CronSchedule {

    private static final Map<String, Duration> MACRO_PERIODS = Map.of("@yearly", Duration.ofDays(366), "@annually", Duration.ofDays(366),
            "@monthly", Duration.ofDays(31), "@weekly", Duration.ofDays(7), "@daily", Duration.ofDays(1), "@midnight", Duration.ofDays(1),
            "@hourly", Duration.ofHours(1));
    private static final Pattern EVERY = Pattern.compile("@every\\s+((?:\\d+(?:h|m|s))+)");
    private static final Pattern EVERY_PART = Pattern.compile("(\\d+)([hms])");
    /** Two months of minutes: enough to see the longest gap of any daily, weekly or monthly schedule. */
    private static final int WINDOW_MINUTES = 62 * 24 * 60;

    private static final Set<String> MACROS = Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
    private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
    private static final Pattern NAMES = Pattern.compile("(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat");

    private CronSchedule() {
    }

    /**
     * The longest time between two consecutive runs of {@code schedule} (a gap of a weekdays-only schedule is the
     * weekend); empty when the schedule is invalid or runs less than twice in two months.
     */
    public static Optional<Duration> period(String schedule) {
        if (schedule == null) {
            return Optional.empty();
        }
        String text = withoutZone(schedule.trim());
        Matcher every = EVERY.matcher(text.toLowerCase(Locale.ROOT));
        if (every.matches()) {
            Duration total = Duration.ZERO;
            Matcher part = EVERY_PART.matcher(every.group(1));
            while (part.find()) {
                long n = Long.parseLong(part.group(1));
                total = total.plus(switch (part.group(2)) {
                    case "h" -> Duration.ofHours(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                });
            }
            return total.isZero() ? Optional.empty() : Optional.of(total);
        }
        Duration macro = MACRO_PERIODS.get(text.toLowerCase(Locale.ROOT));
        if (macro != null) {
            return Optional.of(macro);
        }
        if (problem(schedule) != null) {
            return Optional.empty();
        }
        return longestGap(text.split("\\s+"));
    }

    private static Optional<Duration> longestGap(String[] fields) {
        BitSet[] allowed = new BitSet[5];
        for (int i = 0; i < 5; i++) {
            allowed[i] = values(fields[i], RANGES[i][0], RANGES[i][1]);
        }
        if (allowed[4].get(7)) {
            allowed[4].set(0);
        }
        boolean anyDay = fields[2].startsWith("*") || fields[2].startsWith("?");
        boolean anyWeekday = fields[4].startsWith("*") || fields[4].startsWith("?");
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        LocalDateTime previous = null;
        Duration longest = Duration.ZERO;
        for (int m = 0; m < WINDOW_MINUTES; m++) {
            LocalDateTime t = start.plusMinutes(m);
            boolean day = allowed[2].get(t.getDayOfMonth());
            boolean weekday = allowed[4].get(t.getDayOfWeek().getValue() % 7);
            // as cron: when both day fields are restricted, either one may match
            boolean dayMatches = anyDay || anyWeekday ? day && weekday : day || weekday;
            if (allowed[0].get(t.getMinute()) && allowed[1].get(t.getHour()) && allowed[3].get(t.getMonthValue()) && dayMatches) {
                if (previous != null && Duration.between(previous, t).compareTo(longest) > 0) {
                    longest = Duration.between(previous, t);
                }
                previous = t;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    private static BitSet values(String field, int min, int max) {
        BitSet set = new BitSet();
        for (String part : field.split(",")) {
            String[] stepSplit = part.split("/", -1);
            int step = stepSplit.length == 2 ? Math.max(1, Integer.parseInt(stepSplit[1])) : 1;
            int from = min;
            int to = max;
            if (!stepSplit[0].equals("*") && !stepSplit[0].equals("?")) {
                String[] bounds = stepSplit[0].split("-", -1);
                from = number(bounds[0]);
                to = bounds.length == 2 ? number(bounds[1]) : (stepSplit.length == 2 ? max : from);
            }
            for (int v = from; v <= to; v += step) {
                set.set(v);
            }
        }
        return set;
    }

    private static int number(String bound) {
        if (NAMES.matcher(bound).matches()) {
            String name = bound.toLowerCase(Locale.ROOT);
            int month = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name);
            return month >= 0 && month % 3 == 0 ? month / 3 + 1 : "sunmontuewedthufrisat".indexOf(name) / 3;
        }
        return Integer.parseInt(bound);
    }

    private static String withoutZone(String text) {
        if (text.startsWith("TZ=") || text.startsWith("CRON_TZ=")) {
            int space = text.indexOf(' ');
            return space < 0 ? "" : text.substring(space + 1).trim();
        }
        return text;
    }

    /** Null when valid, else why not. */
    static String problem(String schedule) {
        if (schedule == null || schedule.isBlank()) {
            return "the schedule is empty";
        }
        String text = schedule.trim();
        if (text.startsWith("TZ=") || text.startsWith("CRON_TZ=")) {
            int space = text.indexOf(' ');
            text = space < 0 ? "" : text.substring(space + 1).trim();
        }
        if (MACROS.contains(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String[] fields = text.split("\\s+");
        if (fields.length != 5) {
            return "expected 5 fields, found " + fields.length;
        }
        for (int i = 0; i < 5; i++) {
            String problem = field(fields[i], RANGES[i][0], RANGES[i][1]);
            if (problem != null) {
                return "field " + (i + 1) + " '" + fields[i] + "': " + problem;
            }
        }
        return null;
    }

    private static String field(String field, int min, int max) {
        for (String part : field.split(",")) {
            String[] stepSplit = part.split("/", -1);
            if (stepSplit.length > 2 || (stepSplit.length == 2 && !stepSplit[1].matches("\\d+"))) {
                return "bad step";
            }
            String range = stepSplit[0];
            if (range.equals("*") || range.equals("?")) {
                continue;
            }
            for (String bound : range.split("-", -1)) {
                if (NAMES.matcher(bound).matches()) {
                    continue;
                }
                if (!bound.matches("\\d+")) {
                    return "'" + bound + "' is not a number";
                }
                int value = Integer.parseInt(bound);
                if (value < min || value > max) {
                    return value + " is outside " + min + "-" + max;
                }
            }
        }
        return null;
    }
}
