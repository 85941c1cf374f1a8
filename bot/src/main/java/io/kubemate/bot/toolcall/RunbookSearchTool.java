package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.knowledge.BundledRunbookIndexer;
import io.kubemate.knowledge.KnowledgeBase;
import io.kubemate.knowledge.SearchHit;
import io.kubemate.knowledge.store.StoreException;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

import java.util.List;

/** {@code runbook_search}: the best chunks of the knowledge base for a question, each with its source. */
@Singleton
final class RunbookSearchTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("runbook_search")
            .describe("Search the runbooks and operations documents; returns passages with their sources.", "搜索 runbook 和运维文档，返回段落及其来源。")
            .requiredString("query", "what to look for, in the person's words", "要找的内容，用提问者自己的话")
            .commands("runbook").target(TargetKind.QUERY)
            .build();

    private static final int DEFAULT_RESULTS = 3;

    private final BeanProvider<KnowledgeBase> knowledge;
    private final BundledRunbookIndexer bundled;
    private final Redactor redactor;

    RunbookSearchTool(BeanProvider<KnowledgeBase> knowledge, BundledRunbookIndexer bundled, Redactor redactor) {
        this.knowledge = knowledge;
        this.bundled = bundled;
        this.redactor = redactor;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        String query = args.string("query");
        if (query == null) {
            return Outcome.badRequest(Reason.of("runbooks.query-missing"));
        }
        int k = args.integer("k") == null ? DEFAULT_RESULTS : args.integer("k");
        if (k < 1 || k > 20) {
            return Outcome.badRequest(Reason.of("runbooks.k-invalid"));
        }
        try {
            KnowledgeBase base = knowledge.get();
            if (base.isEmpty() && !bundled.building()) {
                bundled.indexIfEmpty();
            }
            // over-fetch: the other language's copies are dropped and named documents move up before the cut
            List<SearchHit> hits = CitationRanking.rank(query, Language.of(query), base.search(query, k * 3, caller.audience()), k);
            if (hits.isEmpty() && base.isEmpty() && bundled.failure().isPresent()) {
                return new Outcome.Failure<>(Outcome.FailureKind.UNAVAILABLE,
                        "the bundled runbooks could not be indexed: " + bundled.failure().get());
            }
            if (hits.isEmpty()) {
                return Outcome.noData(bundled.building() ? Reason.of("runbooks.building")
                        : Reason.of("runbooks.none", query));
            }
            return Outcome.ok(RunbookAnswer.of(query, hits, redactor));
        } catch (StoreException e) {
            return new Outcome.Failure<>(Outcome.FailureKind.UNAVAILABLE, "knowledge base: " + e.getMessage());
        }
    }
}
