package io.kubemate.connectors.core;

/**
 * A button under a message. {@code value} is the proposal id for {@link Kind#CONFIRM} and {@link Kind#CANCEL},
 * the choice (e.g. {@code investigate:HighLatency:trade}) for {@link Kind#CHOICE}, the address for {@link Kind#LINK}.
 */
public record Button(String label, Kind kind, String value) {

    public enum Kind {
        CONFIRM, CANCEL, CHOICE, LINK
    }

    public Button {
        if (label == null || label.isBlank() || kind == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("a button needs a label, a kind and a value");
        }
    }

    public static Button confirm(String label, String proposalId) {
        return new Button(label, Kind.CONFIRM, proposalId);
    }

    public static Button cancel(String label, String proposalId) {
        return new Button(label, Kind.CANCEL, proposalId);
    }

    public static Button choice(String label, String choice) {
        return new Button(label, Kind.CHOICE, choice);
    }

    public static Button link(String label, String url) {
        return new Button(label, Kind.LINK, url);
    }
}
