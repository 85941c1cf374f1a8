package io.kubemate.bot.router;

import io.kubemate.tools.spec.ToolSpec;
import io.kubemate.tools.spec.ToolSpecs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tools that undo one another (cordon/uncordon, suspend/resume, silence/expire) have examples an embedding
 * finds nearly identical: "封锁" and "解除封锁" differ by a word. Between the two, the undo words decide. The pairs
 * are the specs' {@link ToolSpec#undoes()}.
 */
final class MirroredTools {

    private static final Pattern UNDO_WORDS = Pattern.compile(
            "\\bun(?:cordon|mute|pause|suspend|silence|block|freeze|snooze)|\\bresume|\\bagain\\b|\\bback\\b|re-?enable|\\benable|\\blift|\\bexpire|\\bend\\b|\\bremove|\\bdelete|\\brestore|(?<!don't |not )\\ballow"
                    + "|恢复|解除|解封|取消|重新|再次|打开|启用|开启|不用再|不用屏蔽|不用静默|结束|删除|删掉|修好|允许");

    /** The change → the change that undoes it. */
    private final Map<String, String> undo;

    MirroredTools(ToolSpecs tools) {
        this.undo = tools.all().stream().filter(spec -> spec.undoes() != null)
                .collect(Collectors.toUnmodifiableMap(ToolSpec::undoes, ToolSpec::name));
    }

    /** The tool of the pair the message's words point at, or {@code tool} itself when it has no mirror. */
    String choose(String tool, String message) {
        String text = message.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> pair : undo.entrySet()) {
            if (List.of(pair.getKey(), pair.getValue()).contains(tool)) {
                return UNDO_WORDS.matcher(text).find() ? pair.getValue() : pair.getKey();
            }
        }
        return tool;
    }
}
