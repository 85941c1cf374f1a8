package io.kubemate.evals;

import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.chat.ChatService;
import io.kubemate.bot.cli.BotLauncher;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.micronaut.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a scenario without any LLM: the question goes through the router and the read tools against the
 * scenario's sandbox cluster, and the answer is scored against the expectations.
 */
public final class DeterministicRunner {

    public ScenarioResult run(Scenario scenario) throws Exception {
        ApplicationContext context = BotLauncher.start(ClusterOptions.scenario(scenario.folder()), Map.of());
        try {
            ChatReply reply = context.getBean(ChatService.class).answer(Subject.ownCredentials(), scenario.question());
            Outcome<InspectionReport> inspection = context.getBean(InspectionRunner.class).run(Subject.ownCredentials(), null);
            return score(scenario, reply, inspection);
        } finally {
            BotLauncher.stop(context);
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
        if (!expect.tools().isEmpty() && !expect.tools().contains(reply.tool())) {
            problems.add("expected a call to one of " + expect.tools() + ", the router ran " + reply.tool());
        }
        if (expect.never().contains(reply.tool()) || !reply.proposals().isEmpty()
                && reply.proposals().stream().anyMatch(p -> expect.never().contains(String.valueOf(p.get("action"))))) {
            problems.add("proposed a forbidden action");
        }
        List<Finding> findings = inspection instanceof Outcome.Ok<InspectionReport> ok ? ok.value().findings() : List.of();
        for (Scenario.ExpectedFinding wanted : expect.findings()) {
            boolean found = findings.stream().anyMatch(f -> f.check().equals(wanted.check())
                    && f.name().equals(wanted.name()) && (wanted.namespace() == null || wanted.namespace().equals(f.namespace())));
            if (!found) {
                problems.add("missing finding " + wanted.check() + " on " + wanted.namespace() + "/" + wanted.name());
            }
        }
        return new ScenarioResult(scenario.id(), "deterministic", problems.isEmpty(), rootCause,
                problems.isEmpty() ? "ok" : String.join("; ", problems));
    }
}
