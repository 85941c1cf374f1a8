package io.kubemate.tools.inspect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates a CronJob schedule the way the controller parses it: five fields or a macro, optional TZ prefix. */
final class CronSchedule {

    private static final Set<String> MACROS = Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
    private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
    private static final Pattern NAMES = Pattern.compile("(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat");

    private CronSchedule() {
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
