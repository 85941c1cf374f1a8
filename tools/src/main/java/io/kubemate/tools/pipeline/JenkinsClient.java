package io.kubemate.tools.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.tools.http.CallDeadline;
import io.kubemate.tools.http.JsonHttp;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jenkins' remote API for one job's last build: {@code /job/<name>/lastBuild/api/json} for its result and timing and
 * {@code /job/<name>/lastBuild/consoleText} for the tail of its console, redacted. A job in a folder is named
 * {@code folder/job}. Credentials are sent as HTTP basic authentication (a user and an API token).
 */
public final class JenkinsClient {

    static final int CONSOLE_TAIL = 20;
    /** Folders and jobs separated by '/', none of them '.' or '..' (which would climb out of /job/). */
    private static final Pattern JOB = Pattern.compile("(?!\\.{1,2}(?:/|$))[A-Za-z0-9._-]+(?:/(?!\\.{1,2}(?:/|$))[A-Za-z0-9._-]+)*");

    private final JsonHttp json;
    private final URI base;
    private final Map<String, String> headers;
    private final Duration timeout;
    private final Redactor redactor;
    private final HttpClient http;

    public JenkinsClient(URI base, Map<String, String> headers, Duration timeout, Redactor redactor) {
        this.json = new JsonHttp("Jenkins", base, timeout, headers);
        this.base = base;
        this.headers = Map.copyOf(headers);
        this.timeout = timeout == null ? JsonHttp.DEFAULT_TIMEOUT : timeout;
        this.redactor = redactor;
        this.http = HttpClient.newBuilder().connectTimeout(this.timeout).build();
    }

    public Outcome<JenkinsBuild> lastBuild(String job) {
        if (job == null || !JOB.matcher(job).matches()) {
            return Outcome.badRequest("a Jenkins job name has letters, digits, '.', '_', '-' and '/' between folders, got '" + job + "'");
        }
        String path = Arrays.stream(job.split("/")).map(part -> "/job/" + part).collect(Collectors.joining()) + "/lastBuild";
        return JsonHttp.then(json.get(path + "/api/json"), build -> Outcome.ok(build(job, build, console(path + "/consoleText"))));
    }

    private JenkinsBuild build(String job, JsonNode build, List<String> console) {
        String result = build.path("building").asBoolean(false) ? "BUILDING" : build.path("result").asText("UNKNOWN");
        return new JenkinsBuild(job, build.path("number").asInt(), result, Instant.ofEpochMilli(build.path("timestamp").asLong()),
                Duration.ofMillis(build.path("duration").asLong()), console);
    }

    /** The console's last lines; none when it cannot be read (the build's result still stands on its own). */
    private List<String> console(String path) {
        String root = base.toString().replaceAll("/+$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(CallDeadline.remaining()
                .filter(left -> left.compareTo(timeout) < 0 && !left.isNegative()).orElse(timeout)).GET();
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body() == null) {
                return List.of();
            }
            List<String> lines = Arrays.asList(response.body().split("\\R"));
            return redactor.redactAll(lines.subList(Math.max(0, lines.size() - CONSOLE_TAIL), lines.size()));
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
