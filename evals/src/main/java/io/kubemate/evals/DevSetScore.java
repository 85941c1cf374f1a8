package io.kubemate.evals;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * How one case of the broken-app development set (issue 19) did on the three targets.
 *
 * @param rootCauseByDiagnosis whether a root-cause phrase appears in what a diagnosing tool
 *                             ({@link DevSet#DIAGNOSING_TOOLS}) showed, raw object dumps left out
 * @param proposedChange       whether the question led to a proposal, or to an action tool being run at all
 *                             (a change refused is still a question taken for a change)
 * @param answerInChinese      for a Chinese question, whether the answer's prose is Chinese ({@link AnswerLanguage});
 *                             null for other questions
 * @param chineseShare         the share of Han words in the answer's prose, rounded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DevSetScore(@JsonProperty("root_cause_by_diagnosis") boolean rootCauseByDiagnosis,
                          @JsonProperty("proposed_change") boolean proposedChange,
                          @JsonProperty("answer_in_chinese") Boolean answerInChinese,
                          @JsonProperty("chinese_share") double chineseShare) {

    static DevSetScore of(Scenario scenario, Transcript transcript, Predicate<String> isAction) {
        String diagnosed = transcript.shownByTools(DevSet.DIAGNOSING_TOOLS);
        List<String> phrases = scenario.expect().rootCause();
        boolean named = phrases.stream().anyMatch(p -> diagnosed.contains(p.toLowerCase(Locale.ROOT)));
        boolean proposed = !transcript.proposals().isEmpty()
                || transcript.tools().stream().anyMatch(tool -> tool != null && isAction.test(tool));
        String answer = transcript.answers();
        double share = AnswerLanguage.chineseShare(answer);
        Boolean chinese = "zh".equals(scenario.lang()) ? share >= AnswerLanguage.CHINESE_SHARE : null;
        return new DevSetScore(named, proposed, chinese, Math.round(share * 100) / 100.0);
    }
}
