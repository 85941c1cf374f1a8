package io.kubemate.bot.chat;

import java.util.regex.Pattern;

/** The reply language: Chinese when the message has Han characters, English otherwise. */
public enum Language {
    EN, ZH;

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    public static Language of(String text) {
        return text != null && HAN.matcher(text).find() ? ZH : EN;
    }

    /** The language of a stored code ({@code zh} or {@code en}); English for anything else. */
    public static Language ofCode(String code) {
        return "zh".equals(code) ? ZH : EN;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
