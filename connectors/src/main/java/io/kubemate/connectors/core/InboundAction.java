package io.kubemate.connectors.core;

/**
 * A button click: Confirm or Cancel on a proposal ({@code proposalId}), or a choice ({@code choiceId}, e.g.
 * {@code investigate} on an alert) with its value.
 */
public record InboundAction(String platform, String workspace, String channel, String thread, String user,
                            String proposalId, String choiceId, Decision decision, String eventId) implements Inbound {

    /** What the click asks for. */
    public enum Decision {
        CONFIRM, CANCEL, CHOICE;

        /** The word the confirmation API uses: {@code confirm}, {@code cancel} or {@code choice}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
