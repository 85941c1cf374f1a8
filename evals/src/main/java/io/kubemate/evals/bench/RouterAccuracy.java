package io.kubemate.evals.bench;

import io.kubemate.bot.router.RouterProperties;
import io.kubemate.evals.router.RouterScore;
import io.kubemate.evals.router.SandboxRouter;
import io.kubemate.evals.router.UtteranceSet;

import java.nio.file.Path;

/**
 * Tool and tool+argument accuracy of the no-LLM router on the labeled set, per language.
 * Arguments: [utterances.yaml] [scenario dir] [min-confidence] (default evals/router/utterances.yaml,
 * evals/scenarios/crashloop-payment, 0.7).
 */
public final class RouterAccuracy {

    private RouterAccuracy() {
    }

    public static void main(String[] args) throws Exception {
        Path utterances = Path.of(args.length > 0 ? args[0] : "evals/router/utterances.yaml");
        Path scenario = Path.of(args.length > 1 ? args[1] : "evals/scenarios/crashloop-payment");
        double minConfidence = args.length > 2 ? Double.parseDouble(args[2]) : 0.7;
        try (SandboxRouter router = new SandboxRouter(scenario, new RouterProperties(minConfidence, 0.1))) {
            long start = System.nanoTime();
            router.route("warm up: embeds the examples");
            double warmUp = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            RouterScore score = RouterScore.of(UtteranceSet.load(utterances), router::route, router::isAction);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.print(score.report());
            System.out.printf("%nexamples embedded in %.1f s; then %d utterances in %.1f s (%.0f ms each), min-confidence %.2f%n",
                    warmUp, score.overall().total(), seconds, 1000 * seconds / score.overall().total(), minConfidence);
        }
    }
}
