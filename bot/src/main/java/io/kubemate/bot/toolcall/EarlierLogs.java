package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.PodLogs;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;

import java.util.List;

/**
 * The previous container's log shown because the current one has no lines yet (a crash-looping container is
 * usually waiting to restart): says so, so nobody reads it as the running instance.
 */
record EarlierLogs(PodLogs logs, String currentEmpty) implements Reportable {

    @Override
    public String markdown() {
        return "_" + currentEmpty + "; here is the log of the previous (terminated) instance._\n\n" + logs.markdown();
    }

    @Override
    public List<Evidence> evidence() {
        return logs.evidence();
    }
}
