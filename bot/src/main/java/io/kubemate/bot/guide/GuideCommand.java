package io.kubemate.bot.guide;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a person says to a running guide: next, skip, back, pause, resume, abort, status, or set a variable. */
public record GuideCommand(Kind kind, String name, String value) {

    public enum Kind { NEXT, SKIP, BACK, PAUSE, RESUME, ABORT, STATUS, SET }

    private static final Map<String, Kind> WORDS = Map.ofEntries(
            Map.entry("next", Kind.NEXT), Map.entry("n", Kind.NEXT), Map.entry("done", Kind.NEXT), Map.entry("ok", Kind.NEXT),
            Map.entry("continue", Kind.NEXT), Map.entry("下一步", Kind.NEXT), Map.entry("完成", Kind.NEXT), Map.entry("好了", Kind.NEXT),
            Map.entry("skip", Kind.SKIP), Map.entry("跳过", Kind.SKIP),
            Map.entry("back", Kind.BACK), Map.entry("previous", Kind.BACK), Map.entry("上一步", Kind.BACK),
            Map.entry("pause", Kind.PAUSE), Map.entry("暂停", Kind.PAUSE),
            Map.entry("resume", Kind.RESUME), Map.entry("继续", Kind.RESUME),
            Map.entry("abort", Kind.ABORT), Map.entry("stop", Kind.ABORT), Map.entry("终止", Kind.ABORT), Map.entry("中止", Kind.ABORT),
            Map.entry("status", Kind.STATUS), Map.entry("where are we", Kind.STATUS), Map.entry("状态", Kind.STATUS),
            Map.entry("进度", Kind.STATUS));
    private static final Pattern SET = Pattern.compile("^(?:set|设置)\\s+([a-z_][a-z0-9_]*)\\s*=\\s*(\\S+)$");

    public static Optional<GuideCommand> parse(String text) {
        String said = text.trim().toLowerCase(Locale.ROOT).replaceAll("^/guide\\s+", "").replaceAll("[.!。！]+$", "");
        Matcher set = SET.matcher(said);
        if (set.matches()) {
            return Optional.of(new GuideCommand(Kind.SET, set.group(1), text.trim().substring(text.trim().lastIndexOf('=') + 1).trim()));
        }
        return Optional.ofNullable(WORDS.get(said)).map(kind -> new GuideCommand(kind, null, null));
    }
}
