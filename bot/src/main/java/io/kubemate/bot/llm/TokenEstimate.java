package io.kubemate.bot.llm;

/**
 * A tokenizer-free estimate good enough for budgets: a Han character is about one token in the Qwen and
 * Llama vocabularies, other text about four characters a token. It errs on the high side for code and logs.
 */
final class TokenEstimate {

    private TokenEstimate() {
    }

    static int of(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int han = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else {
                other++;
            }
            i += Character.charCount(cp);
        }
        return han + (other + 3) / 4;
    }

    /** The text cut to about {@code tokens}, at a line end where possible, with a note of what was left out. */
    static String trim(String text, int tokens) {
        if (of(text) <= tokens) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        int shown = 0;
        for (String line : lines) {
            int cost = of(line) + 1;
            if (used + cost > tokens) {
                break;
            }
            kept.append(line).append('\n');
            used += cost;
            shown++;
        }
        return kept + "[… " + (lines.length - shown) + " more lines cut to fit the context budget]";
    }
}
