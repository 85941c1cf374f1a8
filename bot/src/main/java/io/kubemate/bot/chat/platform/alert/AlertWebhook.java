package io.kubemate.bot.chat.platform.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.platform.ChatPlatforms;
import io.kubemate.bot.chat.platform.StateStoreDelivery;
import io.kubemate.connectors.alertmanager.AlertGroupTracker;
import io.kubemate.connectors.alertmanager.AlertMessages;
import io.kubemate.connectors.alertmanager.AlertNotifier;
import io.kubemate.connectors.alertmanager.AlertRoutes;
import io.kubemate.connectors.alertmanager.AlertTexts;
import io.kubemate.connectors.alertmanager.AlertmanagerParser;
import io.kubemate.connectors.alertmanager.BearerTokenVerifier;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.util.List;

/** The Alertmanager receiver assembled from configuration: token check, parser, routes and the group tracker. */
@Singleton
public final class AlertWebhook {

    private final BearerTokenVerifier verifier;
    private final AlertmanagerParser parser;
    private final AlertNotifier notifier;

    public AlertWebhook(AlertWebhookProperties properties, ChatPlatforms platforms, StateStoreDelivery states,
                        Messages messages, ObjectMapper json, AlertButtonStore buttons) {
        this.verifier = new BearerTokenVerifier(properties.bearerToken());
        this.parser = new AlertmanagerParser(json);
        AlertRoutes routes;
        try {
            routes = AlertRoutes.parse(properties.routes() == null ? List.of() : properties.routes());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("kubemate.alertmanager-webhook.routes: " + e.getMessage());
        }
        Language language = "zh".equalsIgnoreCase(properties.language()) ? Language.ZH : Language.EN;
        AlertTexts texts = new AlertTexts(messages.get(language, "alert.firing"), messages.get(language, "alert.resolved"),
                messages.get(language, "alert.firing.count"), messages.get(language, "alert.resolved.count"),
                messages.get(language, "alert.alerts"), messages.get(language, "alert.more"),
                messages.get(language, "alert.investigate"), messages.get(language, "alert.silence"),
                messages.get(language, "alert.runbook"));
        this.notifier = new AlertNotifier(routes, new AlertGroupTracker(states), new AlertMessages(texts, buttons),
                target -> platforms.sender(target.platform(), target.workspace()));
    }

    public BearerTokenVerifier verifier() {
        return verifier;
    }

    public AlertmanagerParser parser() {
        return parser;
    }

    public AlertNotifier notifier() {
        return notifier;
    }
}
