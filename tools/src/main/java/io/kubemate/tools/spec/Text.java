package io.kubemate.tools.spec;

/** One text in the two languages the bot speaks. */
public record Text(String en, String zh) {

    public Text {
        if (en == null || en.isBlank() || zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("a text needs both an English and a Chinese version, got en='" + en + "' zh='" + zh + "'");
        }
    }

    public static Text of(String en, String zh) {
        return new Text(en, zh);
    }
}
