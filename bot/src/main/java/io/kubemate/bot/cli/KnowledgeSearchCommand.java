package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.knowledge.SearchHit;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "search", description = "Search the knowledge index (keywords and meaning, fused) and print the best chunks with their sources.")
final class KnowledgeSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The question, in Chinese, English or both.")
    String query;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: kubemate.knowledge.index-dir, data/knowledge).")
    String index;

    @Option(names = "--k", paramLabel = "N", defaultValue = "5", description = "How many results (1-100, default 5).")
    int k;

    @Option(names = "--json", description = "Print {\"results\":[{\"source\",\"title\",\"score\",\"text\",\"heading\"}]}.")
    boolean json;

    @Override
    public Integer call() {
        if (query.isBlank()) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "the query is empty");
        }
        if (k < 1 || k > 100) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "--k must be between 1 and 100, got " + k);
        }
        try (ApplicationContext context = KnowledgeCommand.context(index)) {
            List<SearchHit> hits = KnowledgeCommand.knowledge(context).search(query, k);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOutput.of(context.getBean(ObjectMapper.class), Map.of("results", hits.stream().map(KnowledgeSearchCommand::result).toList())));
            } else if (hits.isEmpty()) {
                out.println("no results");
            } else {
                int n = 1;
                for (SearchHit hit : hits) {
                    out.printf("%d. %s  (%.4f)%n   %s%n", n++, hit.chunk().heading(), hit.score(), hit.chunk().source());
                    hit.chunk().text().lines().limit(6).forEach(line -> out.println("   | " + line));
                }
            }
            out.flush();
            return 0;
        }
    }

    private static Map<String, Object> result(SearchHit hit) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("source", hit.chunk().source());
        result.put("title", hit.chunk().title());
        result.put("score", hit.score());
        result.put("text", hit.chunk().text());
        result.put("heading", hit.chunk().heading());
        return result;
    }
}
