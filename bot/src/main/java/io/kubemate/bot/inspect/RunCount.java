package io.kubemate.bot.inspect;

import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.Severity;

import java.time.Instant;

/** How many findings of each severity one inspection run reported, kept to chart the last runs. */
public record RunCount(long at, long critical, long warning, long info) {

    static RunCount of(Instant at, InspectionReport report) {
        return new RunCount(at.getEpochSecond(), report.count(Severity.CRITICAL), report.count(Severity.WARNING),
                report.count(Severity.INFO));
    }
}
