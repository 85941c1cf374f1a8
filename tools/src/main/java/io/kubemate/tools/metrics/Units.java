package io.kubemate.tools.metrics;

import java.util.Locale;

/** Formats a value for a person according to a shortcut's unit. */
final class Units {

    private Units() {
    }

    static String format(double value, String unit) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return switch (unit == null ? "" : unit) {
            case "bytes" -> bytes(value);
            case "ratio" -> number(value * 100) + "%";
            case "seconds" -> Math.abs(value) < 1 ? number(value * 1000) + " ms" : number(value) + " s";
            case "rps" -> number(value) + "/s";
            case "cores" -> number(value) + " cores";
            default -> number(value);
        };
    }

    private static String bytes(double value) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int i = 0;
        double v = value;
        while (Math.abs(v) >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return number(v) + " " + units[i];
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        String text = String.format(Locale.ROOT, "%.3g", value);
        return text.contains("e") ? text : text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
