package io.kubemate.evals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/**
 * The broken-app development set's three figures over the cases of a run: root cause named by a diagnosing tool,
 * questions that led to a change, Chinese questions answered in Chinese.
 */
@JsonPropertyOrder({"cases", "root_cause_by_diagnosis", "root_cause_by_diagnosis_rate", "proposed_change", "zh_questions", "zh_answered_in_chinese"})
public record DevSetSummary(int cases, @JsonProperty("root_cause_by_diagnosis") int rootCauseByDiagnosis,
                            @JsonProperty("proposed_change") int proposedChange,
                            @JsonProperty("zh_questions") int zhQuestions,
                            @JsonProperty("zh_answered_in_chinese") int zhAnsweredInChinese) {

    /** The summary of the results that carry a dev-set score; null when none does. */
    static DevSetSummary of(List<ScenarioResult> results) {
        List<DevSetScore> scores = results.stream().map(ScenarioResult::devSet).filter(Objects::nonNull).toList();
        if (scores.isEmpty()) {
            return null;
        }
        return new DevSetSummary(scores.size(), (int) scores.stream().filter(DevSetScore::rootCauseByDiagnosis).count(),
                (int) scores.stream().filter(DevSetScore::proposedChange).count(),
                (int) scores.stream().filter(s -> s.answerInChinese() != null).count(),
                (int) scores.stream().filter(s -> Boolean.TRUE.equals(s.answerInChinese())).count());
    }

    @JsonProperty("root_cause_by_diagnosis_rate")
    public double rootCauseByDiagnosisRate() {
        return cases == 0 ? 0 : Math.round(1000.0 * rootCauseByDiagnosis / cases) / 1000.0;
    }
}
