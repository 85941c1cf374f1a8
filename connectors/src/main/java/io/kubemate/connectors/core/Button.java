package io.kubemate.connectors.core;

/**
 * A button under a message. {@code value} is the proposal id for {@link Kind#CONFIRM} and {@link Kind#CANCEL},
 * the choice (e.g. {@code say:…} or an alert button's record id) for {@link Kind#CHOICE}, the address for
 * {@link Kind#LINK}. {@code audience} is the platform user id of the one person the button is for, or null when
 * anyone in the conversation may press it; platforms that do not authenticate clicks bind the button to it.
 */
public record Button(String label, Kind kind, String value, String audience) {

    public enum Kind {
        CONFIRM, CANCEL, CHOICE, LINK
    }

    public Button {
        if (label == null || label.isBlank() || kind == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("a button needs a label, a kind and a value");
        }
        audience = audience == null || audience.isBlank() ? null : audience;
    }

    public Button(String label, Kind kind, String value) {
        this(label, kind, value, null);
    }

    /** The same button, meant for one person only. */
    public Button forUser(String platformUserId) {
        return new Button(label, kind, value, platformUserId);
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
