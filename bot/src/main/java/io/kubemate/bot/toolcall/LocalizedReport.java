package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.tools.report.Reportable;

/** A tool result whose wording follows the asker's language; {@link #markdown()} is its English form. */
public interface LocalizedReport extends Reportable {

    String markdown(Language language);

    @Override
    default String markdown() {
        return markdown(Language.EN);
    }
}
