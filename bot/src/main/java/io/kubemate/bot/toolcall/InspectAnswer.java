package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.inspect.InspectionWording;
import io.kubemate.bot.inspect.TrackedReport;
import io.kubemate.tools.report.Chart;
import io.kubemate.tools.report.Evidence;

import java.util.List;
import java.util.Optional;

/** The {@code inspect} result worded in the asker's language; {@link #markdown()}, for the model and the CLI, stays English. */
public record InspectAnswer(TrackedReport tracked, InspectionWording wording) implements LocalizedReport {

    @Override
    public String markdown(Language language) {
        return wording.markdown(tracked, language);
    }

    @Override
    public String markdown() {
        return tracked.markdown();
    }

    @Override
    public List<Evidence> evidence() {
        return tracked.evidence();
    }

    @Override
    public Optional<Chart> chart() {
        return tracked.chart();
    }

    @Override
    public Optional<Chart> chart(Language language) {
        return wording.chart(tracked, language);
    }
}
