package io.kubemate.bot.observe;

import io.kubemate.tools.alerts.AlertmanagerClient;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;

/** One Alertmanager client per configured endpoint, shared by the alert tools and the silence actions. */
@Factory
final class AlertmanagerClients {

    @EachBean(AlertmanagerEndpoint.class)
    AlertmanagerClient alertmanager(AlertmanagerEndpoint endpoint) {
        return new AlertmanagerClient(endpoint.name(), endpoint.url(), endpoint.timeout());
    }
}
