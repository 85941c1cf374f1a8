package io.kubemate.tools.diagnose;

import io.kubemate.tools.kube.PodLogs;

import java.util.List;
import java.util.regex.Pattern;

/** The lines of a log that say something went wrong. */
public final class LogLines {

    private static final Pattern ERROR = Pattern.compile(
            "(?i)(\\bfatal\\b|error\\b|exception\\b|\\bpanic|\\binvalid\\b|\\bfailed\\b|refused|denied|\\bcannot\\b|\\bunable\\b"
                    + "|not found|no such|no space left|timed? ?out|\\bkilled\\b|\\bmissing\\b|\\bcould not\\b|\\bcouldn't\\b)");
    public static final int MAX = 3;

    private LogLines() {
    }

    public static List<String> errors(PodLogs logs) {
        List<String> errors = logs.lines().stream().filter(line -> ERROR.matcher(line).find()).map(String::strip).distinct().toList();
        return errors.subList(Math.max(0, errors.size() - MAX), errors.size());
    }
}
