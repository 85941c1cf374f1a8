package io.kubemate.knowledge.runbook;

import io.kubemate.knowledge.markdown.FrontMatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a design §5 runbook: front matter ({@code id}, {@code title}, {@code lang}, {@code alerts},
 * {@code tags}), a {@code # Title}, and numbered steps whose {@code tool} / {@code action} blocks name a
 * catalog tool. Anything a guided run could not execute safely is refused with its line.
 */
public final class RunbookParser {

    private static final Pattern STEP = Pattern.compile("^ {0,3}(\\d+)[.)]\\s+(.*)$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*([\\w-]*).*$");
    private static final Pattern TITLE = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s.*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final ToolNames tools;

    public RunbookParser(ToolNames tools) {
        this.tools = tools;
    }

    /** Parses {@code text}; {@code source} (a path or URL) only names the runbook in errors. */
    public Runbook parse(String source, String text) {
        FrontMatter front;
        try {
            front = FrontMatter.split(text);
        } catch (FrontMatter.FrontMatterException e) {
            throw new RunbookFormatException(source, e.line(), e.getMessage());
        }
        String id = front.string("id");
        if (id == null || id.isEmpty()) {
            throw new RunbookFormatException(source, 1, "front matter needs an id");
        }
        if (!ID.matcher(id).matches()) {
            throw new RunbookFormatException(source, 1, "id '" + id + "' may hold only letters, digits, '.', '_' and '-'");
        }
        Body body = new Body(source, front.bodyLine());
        front.body().lines().forEachOrdered(body::accept);
        body.finish();
        String title = front.string("title") != null ? front.string("title") : body.title;
        if (title == null) {
            throw new RunbookFormatException(source, front.bodyLine(), "a runbook needs a title (front matter or '# Title')");
        }
        if (body.steps.isEmpty()) {
            throw new RunbookFormatException(source, front.bodyLine(), "a runbook needs numbered steps (1. …)");
        }
        String lang = front.string("lang") != null ? front.string("lang") : guessLang(text);
        return new Runbook(id, title, lang, front.list("alerts"), front.list("tags"), body.steps, source);
    }

    private static String guessLang(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en";
    }

    /** Line-by-line state of the body: the open step and the open fenced block. */
    private final class Body {
        private final String source;
        private int lineNo;
        private String title;
        private final List<Step> steps = new ArrayList<>();

        private StepDraft step;
        private String fence;
        private String fenceInfo;
        private int fenceLine;
        private final List<String> fenceLines = new ArrayList<>();

        Body(String source, int firstLine) {
            this.source = source;
            this.lineNo = firstLine - 1;
        }

        void accept(String line) {
            lineNo++;
            if (fence != null) {
                if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    closeFence();
                } else {
                    fenceLines.add(line);
                }
                return;
            }
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                fence = f.group(1);
                fenceInfo = f.group(2).toLowerCase(java.util.Locale.ROOT);
                fenceLine = lineNo;
                fenceLines.clear();
                return;
            }
            Matcher t = TITLE.matcher(line);
            if (title == null && t.matches()) {
                title = t.group(1);
            }
            if (HEADING.matcher(line).matches()) {
                endStep();
                return;
            }
            Matcher s = STEP.matcher(line);
            if (s.matches()) {
                endStep();
                step = new StepDraft(steps.size() + 1, lineNo, new StringBuilder(s.group(2).strip()));
                return;
            }
            if (step != null && !line.isBlank()) {
                step.text.append('\n').append(line.strip());
            }
        }

        private void closeFence() {
            boolean executable = fenceInfo.equals("tool") || fenceInfo.equals("action");
            if (executable) {
                block();
            } else if (step != null) {
                step.text.append("\n```").append(fenceInfo).append('\n')
                        .append(String.join("\n", fenceLines).stripIndent().stripTrailing()).append("\n```");
            }
            fence = null;
        }

        private void block() {
            if (step == null) {
                throw new RunbookFormatException(source, fenceLine, "a " + fenceInfo + " block must belong to a numbered step");
            }
            if (step.kind != StepKind.PROSE) {
                throw new RunbookFormatException(source, fenceLine, "step " + step.number
                        + " already has a " + step.kind.name().toLowerCase(java.util.Locale.ROOT) + " block; split it into two steps");
            }
            List<String> content = fenceLines.stream().filter(l -> !l.isBlank()).toList();
            if (content.size() != 1) {
                throw new RunbookFormatException(source, fenceLine, "a " + fenceInfo + " block holds exactly one call, found "
                        + content.size() + " lines");
            }
            int callLine = fenceLine + 1 + fenceLines.indexOf(content.get(0));
            BlockLine call;
            try {
                call = BlockLine.parse(content.get(0));
            } catch (IllegalArgumentException e) {
                throw new RunbookFormatException(source, callLine, e.getMessage());
            }
            checkTool(call.tool(), callLine);
            step.kind = fenceInfo.equals("tool") ? StepKind.TOOL : StepKind.ACTION;
            step.tool = call.tool();
            step.args = call.args();
            step.variables = call.variables();
        }

        private void checkTool(String name, int line) {
            boolean read = tools.isRead(name);
            boolean action = tools.isAction(name);
            if (!read && !action) {
                throw new RunbookFormatException(source, line, "unknown tool '" + name + "' (not in the design §6 catalog)");
            }
            if (fenceInfo.equals("tool") && action) {
                throw new RunbookFormatException(source, line, "'" + name + "' is an action: put it in an action block");
            }
            if (fenceInfo.equals("action") && read) {
                throw new RunbookFormatException(source, line, "'" + name + "' is a read tool: put it in a tool block");
            }
        }

        private void endStep() {
            if (step != null) {
                steps.add(new Step(step.number, step.text.toString(), step.kind, step.tool, step.args, step.variables,
                        step.line));
                step = null;
            }
        }

        void finish() {
            if (fence != null) {
                throw new RunbookFormatException(source, fenceLine, "fenced block opened here is never closed");
            }
            endStep();
        }
    }

    private static final class StepDraft {
        final int number;
        final int line;
        final StringBuilder text;
        StepKind kind = StepKind.PROSE;
        String tool = "";
        Map<String, String> args = Map.of();
        Set<String> variables = Set.of();

        StepDraft(int number, int line, StringBuilder text) {
            this.number = number;
            this.line = line;
            this.text = text;
        }
    }
}
