package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.tools.report.Chart;
import io.kubemate.tools.report.Reportable;

import java.util.Optional;

/** A tool result whose wording follows the asker's language; {@link #markdown()} is its English form. */
public interface LocalizedReport extends Reportable {

    String markdown(Language language);

    /** The chart in {@code language}: by default the English one. */
    default Optional<Chart> chart(Language language) {
        return chart();
    }

    @Override
    default String markdown() {
        return markdown(Language.EN);
    }
}
