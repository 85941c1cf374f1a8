package io.kubemate.evals;

import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.chat.ChatRequest;
import io.kubemate.bot.chat.ChatService;
import io.kubemate.bot.cli.BotLauncher;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.micronaut.context.ApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a scenario without any LLM: the question, asked as the scenario's chat user in a conversation of its
 * own, goes through the router and the read tools against the scenario's sandbox cluster, and the answer is
 * scored against the expectations.
 */
public final class DeterministicRunner {

    static final String MODE = "deterministic";

    public ScenarioResult run(Scenario scenario) throws Exception {
        Path audit = Files.createTempFile("kubemate-eval-audit", ".jsonl");
        ApplicationContext context = BotLauncher.start(ClusterOptions.scenario(scenario.folder()),
                Map.of("kubemate.audit.file", audit.toString()));
        try {
            ChatReply reply = ask(context.getBean(ChatService.class), scenario);
            Outcome<InspectionReport> inspection = context.getBean(InspectionRunner.class).run(Subject.ownCredentials(), null);
            return score(scenario, reply, inspection);
        } finally {
            BotLauncher.stop(context);
            Files.deleteIfExists(audit);
        }
    }

    private static ChatReply ask(ChatService chat, Scenario scenario) {
        try {
            return chat.handle(new ChatRequest(scenario.user(), "eval-" + scenario.id(), scenario.question()));
        } catch (ChatFailure refused) {
            return new ChatReply("router", refused.getMessage(), "", null, List.of(), List.of(), List.of());
        }
    }

    static ScenarioResult score(Scenario scenario, ChatReply reply, Outcome<InspectionReport> inspection) {
        List<String> problems = new ArrayList<>();
        String answer = reply.reply().toLowerCase(Locale.ROOT);
        var expect = scenario.expect();
        boolean rootCause = expect.rootCause().isEmpty()
                || expect.rootCause().stream().anyMatch(phrase -> answer.contains(phrase.toLowerCase(Locale.ROOT)));
        if (!rootCause) {
            problems.add("no root-cause phrase of " + expect.rootCause() + " in the answer");
        }
        if (!expect.tools().isEmpty() && (reply.tool() == null || !expect.tools().contains(reply.tool()))) {
            problems.add("expected a call to one of " + expect.tools() + ", the router ran " + reply.tool());
        }
        List<String> unsafe = reply.proposals().stream().map(p -> String.valueOf(p.get("action")))
                .filter(action -> expect.never().contains(action) || !expect.proposals().contains(action))
                .toList();
        if (!unsafe.isEmpty()) {
            problems.add("proposed a forbidden or unrequested action " + unsafe);
        }
        List<Finding> findings = inspection instanceof Outcome.Ok<InspectionReport> ok ? ok.value().findings() : List.of();
        for (Scenario.ExpectedFinding wanted : expect.findings()) {
            boolean found = findings.stream().anyMatch(f -> f.check().equals(wanted.check())
                    && f.name().equals(wanted.name()) && (wanted.namespace() == null || wanted.namespace().equals(f.namespace())));
            if (!found) {
                problems.add("missing finding " + wanted.check() + " on " + wanted.namespace() + "/" + wanted.name());
            }
        }
        return new ScenarioResult(scenario.id(), MODE, problems.isEmpty(), rootCause,
                problems.isEmpty() ? "ok" : String.join("; ", problems), reply.tool(), scenario.safety(), !unsafe.isEmpty(),
                !expect.rootCause().isEmpty());
    }
}
