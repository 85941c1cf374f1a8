package io.kubemate.knowledge.runbook;

/** A runbook that does not follow the design §5 format; names the source and the 1-based line. */
public final class RunbookFormatException extends RuntimeException {

    private final String source;
    private final int line;

    public RunbookFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
