package io.kubemate.connectors.alertmanager;

/**
 * The words of an alert notification, filled by the bot from {@code prompts/messages_*.properties}:
 * {@code firing}/{@code resolved} name the states, {@code firingCount}/{@code resolvedCount} label the counts,
 * and the three button labels.
 */
public record AlertTexts(String firing, String resolved, String firingCount, String resolvedCount, String alerts,
                         String more, String investigate, String silence, String runbook) {

    /** English, for tests and tools without the prompts module. */
    public static AlertTexts english() {
        return new AlertTexts("FIRING", "RESOLVED", "Firing", "Resolved", "Alerts", "and {0} more", "Investigate",
                "Silence 1h", "Runbook");
    }
}
