package io.kubemate.tools.logs;

import io.kubemate.tools.http.JsonHttp;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * {@code logs_query}: builds the LogQL itself from exact names, never from the caller's text. Every query has an
 * exact {@code namespace} and {@code app} or {@code pod} matcher, a bounded window and a line limit; names that
 * are patterns ({@code .*}, {@code prod-.*}) are refused, because regex-wide selectors pull every chunk from
 * object storage and have taken Loki down (incidents S2, S3). Where index stats exist, a query scanning more
 * than the bytes budget is refused with a way to narrow it.
 */
public final class LogQuery {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
    static final int MAX_FILTER = 200;

    private final Redactor redactor;
    private final Clock clock;

    public LogQuery(Redactor redactor, Clock clock) {
        this.redactor = redactor;
        this.clock = clock;
    }

    /** The LogQL for a request, or the reason it cannot be built. */
    public Outcome<String> logql(LogsRequest request) {
        if (request.namespace() == null) {
            return Outcome.badRequest(Reason.of("logs.namespace-missing"));
        }
        if (request.app() == null && request.pod() == null) {
            return Outcome.badRequest(Reason.of("logs.target-missing", request.namespace()));
        }
        for (String[] label : new String[][]{{"namespace", request.namespace()}, {"app", request.app()}, {"pod", request.pod()}}) {
            if (label[1] != null && !NAME.matcher(label[1]).matches()) {
                return Outcome.badRequest(Reason.of("logs.label-pattern", label[1], label[0]));
            }
        }
        StringBuilder logql = new StringBuilder("{namespace=\"").append(request.namespace()).append('"');
        if (request.app() != null) {
            logql.append(", app=\"").append(request.app()).append('"');
        }
        if (request.pod() != null) {
            logql.append(", pod=\"").append(request.pod()).append('"');
        }
        logql.append('}');
        if (request.contains() != null && !request.contains().isBlank()) {
            String text = request.contains().strip();
            if (text.length() > MAX_FILTER) {
                return Outcome.badRequest(Reason.of("logs.filter-too-long", MAX_FILTER));
            }
            // a case-insensitive line filter: people type "error" for lines that say ERROR or Error
            String regex = "(?i)" + text.replaceAll("[\\\\.+*?()|\\[\\]{}^$]", "\\\\$0");
            logql.append(" |~ \"").append(regex.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return Outcome.ok(logql.toString());
    }

    public Outcome<LogSummary> query(LokiClient client, NamespaceScope scope, LogsRequest request, LogLimits limits,
                                     TokenBudget budget) {
        if (request.namespace() != null && !scope.allows(request.namespace())) {
            return Outcome.forbidden(Reason.of("namespace.forbidden", request.namespace()));
        }
        Duration since = request.since() == null ? limits.defaultSince() : request.since();
        if (since.isNegative() || since.isZero()) {
            return Outcome.badRequest(Reason.of("range.not-positive"));
        }
        if (since.compareTo(limits.maxRange()) > 0) {
            return Outcome.badRequest(Reason.of("logs.window-too-long", human(limits.maxRange()), human(since)));
        }
        int limit = request.limit() == null ? limits.defaultLimit() : request.limit();
        if (limit < 1 || limit > limits.maxLimit()) {
            return Outcome.badRequest(Reason.of("logs.limit-invalid", limits.maxLimit()));
        }
        return JsonHttp.then(logql(request), logql -> {
            Instant end = clock.instant();
            Instant start = end.minus(since);
            if (limits.maxBytes() > 0) {
                String selector = logql.substring(0, logql.indexOf('}') + 1);
                Outcome<OptionalLong> bytes = client.indexBytes(selector, start, end);
                if (bytes instanceof Outcome.Ok<OptionalLong> ok && ok.value().isPresent()
                        && ok.value().getAsLong() > limits.maxBytes()) {
                    return Outcome.badRequest(Reason.of("logs.scan-too-large", bytes(ok.value().getAsLong()), bytes(limits.maxBytes())));
                }
            }
            return JsonHttp.then(client.queryRange(logql, start, end, limit), result -> summary(client, logql, since,
                    limit, result.readableBy(scope), end, budget, request));
        });
    }

    private Outcome<LogSummary> summary(LokiClient client, String logql, Duration since, int limit, LogResult result,
                                        Instant now, TokenBudget budget, LogsRequest request) {
        if (result.lines() == 0) {
            return Outcome.noData(request.contains() == null ? Reason.of("logs.none", human(since), logql)
                    : Reason.of("logs.none-containing", request.contains(), human(since), logql));
        }
        List<LogStream.Entry> entries = result.streams().stream().flatMap(s -> s.entries().stream()).toList();
        return Outcome.ok(new LogSummary(client.name(), logql, since, entries.size(), entries.size() >= limit,
                LogPatterns.of(entries, redactor::redact), result.bytesProcessed(), now, budget));
    }

    static String bytes(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int i = 0;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return String.format(Locale.ROOT, i == 0 ? "%.0f %s" : "%.1f %s", v, units[i]);
    }

    private static String human(Duration d) {
        return d.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
