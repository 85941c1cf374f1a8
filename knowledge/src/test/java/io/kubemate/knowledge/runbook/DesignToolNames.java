package io.kubemate.knowledge.runbook;

import java.util.Set;

/**
 * The tool names of design §6, for parsing runbooks in this module's tests. The bot passes its catalog's names to
 * the parser, and its own test parses every bundled runbook against that catalog.
 */
final class DesignToolNames {

    static final ToolNames NAMES = new ToolNames(
            Set.of("alerts_list", "silences_list", "metrics_query", "logs_query", "traces_search", "trace_get", "k8s_get",
                    "k8s_describe", "k8s_events", "pod_logs", "rollout_history", "diagnose", "inspect", "runbook_search",
                    "runbook_start", "backups", "canary", "pipelines"),
            Set.of("scale", "rollout_restart", "rollback", "set_resources", "cordon", "uncordon", "delete_pod",
                    "suspend_cronjob", "resume_cronjob", "silence_alert", "expire_silence", "backup_now",
                    "canary_step", "canary_promote", "canary_abort", "pipeline_rerun", "pipeline_cancel"));

    private DesignToolNames() {
    }
}
