package io.kubemate.bot.router.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time span in a message ("1h", "15 minutes", "last 30 min", "两小时", "半小时", "过去一天") as the compact
 * spelling the tools take: {@code 15m}, {@code 2h}, {@code 1d}.
 */
public final class Durations {

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![a-z0-9.-])(\\d+)\\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wk|w)(?![a-z0-9-])");
    private static final Pattern ZH = Pattern.compile(
            "([0-9]+|[一二两三四五六七八九十]+|半)\\s*(?:个)?\\s*(半)?\\s*(秒钟?|分钟|分|小时|钟头|天|日|周|星期|礼拜)");
    private static final Pattern WORDS = Pattern.compile(
            "(?<![a-z])(?:(?:last|past|previous|the|an?|one)\\s+)?(half an hour|half hour|hour|day|week|minute)(?![a-z])");
    private static final Pattern BARE_ZH = Pattern.compile("(半天|今天|一整天)");
    private static final Map<Character, Integer> ZH_DIGITS = Map.of('一', 1, '二', 2, '两', 2, '三', 3, '四', 4, '五', 5,
            '六', 6, '七', 7, '八', 8, '九', 9);

    private Durations() {
    }

    public static Optional<String> find(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        Matcher m = DIGITS.matcher(text);
        if (m.find()) {
            return Optional.of(spell(Long.parseLong(m.group(1)), unit(m.group(2))));
        }
        m = ZH.matcher(text);
        if (m.find()) {
            String count = m.group(1);
            char unit = unitZh(m.group(3));
            if (count.equals("半")) {
                return Optional.of(half(unit));
            }
            long n = count.chars().allMatch(Character::isDigit) ? Long.parseLong(count) : zhNumber(count);
            String whole = spell(n, unit);
            return Optional.of(m.group(2) == null ? whole : spell(toMinutes(n, unit) + toMinutes(1, unit) / 2, 'm'));
        }
        m = WORDS.matcher(text);
        if (m.find()) {
            return Optional.of(switch (m.group(1)) {
                case "half an hour", "half hour" -> "30m";
                case "day" -> "1d";
                case "week" -> "7d";
                case "minute" -> "1m";
                default -> "1h";
            });
        }
        m = BARE_ZH.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(1).equals("半天") ? "12h" : "1d");
        }
        return Optional.empty();
    }

    /** The text with the first duration removed, so its digits are not read as a count. */
    public static String without(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        for (Pattern p : new Pattern[] {DIGITS, ZH}) {
            Matcher m = p.matcher(lower);
            if (m.find()) {
                return message.substring(0, m.start()) + " " + message.substring(m.end());
            }
        }
        return message;
    }

    static long zhNumber(String text) {
        if (text.equals("十")) {
            return 10;
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return ZH_DIGITS.getOrDefault(text.charAt(0), 1);
        }
        long tens = ten == 0 ? 1 : ZH_DIGITS.getOrDefault(text.charAt(0), 1);
        long ones = ten == text.length() - 1 ? 0 : ZH_DIGITS.getOrDefault(text.charAt(ten + 1), 0);
        return tens * 10 + ones;
    }

    private static char unit(String word) {
        return switch (word.charAt(0)) {
            case 's' -> 's';
            case 'm' -> 'm';
            case 'h' -> 'h';
            case 'd' -> 'd';
            default -> 'w';
        };
    }

    private static char unitZh(String word) {
        return switch (word.charAt(0)) {
            case '秒' -> 's';
            case '分' -> 'm';
            case '小', '钟' -> 'h';
            case '天', '日' -> 'd';
            default -> 'w';
        };
    }

    private static String half(char unit) {
        return switch (unit) {
            case 'h' -> "30m";
            case 'd' -> "12h";
            case 'w' -> "84h";
            case 'm' -> "30s";
            default -> "1s";
        };
    }

    private static long toMinutes(long n, char unit) {
        return switch (unit) {
            case 'h' -> n * 60;
            case 'd' -> n * 1440;
            case 'w' -> n * 10080;
            default -> n;
        };
    }

    private static String spell(long n, char unit) {
        if (unit == 'w') {
            return (n * 7) + "d";
        }
        if (unit == 'm' && n >= 60 && n % 60 == 0) {
            return spell(n / 60, 'h');
        }
        if (unit == 'h' && n >= 24 && n % 24 == 0) {
            return (n / 24) + "d";
        }
        return n + String.valueOf(unit);
    }
}
