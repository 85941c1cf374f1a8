package io.kubemate.tools.pipeline;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.http.StandIn;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Jenkins client against a stand-in serving the payloads documented in src/test/resources/jenkins/README.md. */
class JenkinsClientTest {

    private final StandIn jenkins = new StandIn();

    @AfterEach
    void stop() {
        jenkins.close();
    }

    private static String payload(String name) throws Exception {
        return Files.readString(Fixtures.resource("jenkins/" + name));
    }

    private JenkinsClient client() {
        return new JenkinsClient(jenkins.url(), Map.of("Authorization", "Basic dXNlcjp0b2tlbg=="), Duration.ofSeconds(5), new Redactor());
    }

    @Test
    void reads_the_last_build_and_the_masked_tail_of_its_console() throws Exception {
        jenkins.reply("/job/loans-batch/lastBuild/api/json", 200, payload("lastBuild-failure.json"))
                .reply("/job/loans-batch/lastBuild/consoleText", 200, payload("consoleText-failure.txt"));
        Outcome<JenkinsBuild> outcome = client().lastBuild("loans-batch");
        JenkinsBuild build = (JenkinsBuild) assertInstanceOf(Outcome.Ok.class, outcome, outcome.toString()).value();
        assertEquals(128, build.number());
        assertEquals("FAILURE", build.result());
        assertTrue(build.failed());
        assertEquals(Duration.ofMillis(183512), build.duration());
        assertEquals(Instant.ofEpochMilli(1764766800000L), build.started());
        assertEquals(JenkinsClient.CONSOLE_TAIL, build.consoleTail().size());
        assertEquals("Finished: FAILURE", build.consoleTail().getLast());
        assertFalse(build.consoleTail().contains("Started by timer"), "only the tail is kept");
        assertTrue(build.consoleTail().contains("org.opentest4j.AssertionFailedError: expected: <12.33> but was: <12.30>"));
        assertFalse(String.join("\n", build.consoleTail()).contains("hunter2hunter2"), build.consoleTail().toString());
        assertTrue(jenkins.requests().stream().allMatch(r -> List.of("Basic dXNlcjp0b2tlbg==").equals(r.headers().get("Authorization"))),
                "both calls carry the credentials");
    }

    @Test
    void a_build_still_running_is_building() throws Exception {
        jenkins.reply("/job/loans-batch/lastBuild/api/json", 200, payload("lastBuild-building.json"));
        JenkinsBuild build = ((Outcome.Ok<JenkinsBuild>) client().lastBuild("loans-batch")).value();
        assertEquals("BUILDING", build.result());
        assertFalse(build.failed());
        assertTrue(build.consoleTail().isEmpty(), "no console: the stand-in has none");
    }

    @Test
    void a_job_in_a_folder_is_asked_under_each_folder() throws Exception {
        jenkins.reply("/job/loans/job/loans-batch/lastBuild/api/json", 200, payload("lastBuild-failure.json"));
        assertInstanceOf(Outcome.Ok.class, client().lastBuild("loans/loans-batch"));
    }

    @Test
    void an_unknown_job_is_no_data_and_a_strange_name_is_refused_before_any_call() {
        assertInstanceOf(Outcome.NoData.class, client().lastBuild("no-such-job"));
        int calls = jenkins.requests().size();
        assertInstanceOf(Outcome.Failure.class, client().lastBuild("../../script"));
        assertInstanceOf(Outcome.Failure.class, client().lastBuild("a job"));
        assertEquals(calls, jenkins.requests().size());
    }

    @Test
    void refused_credentials_are_forbidden() {
        jenkins.reply("/job/loans-batch/lastBuild/api/json", 401, "{}");
        assertInstanceOf(Outcome.Forbidden.class, client().lastBuild("loans-batch"));
    }
}
