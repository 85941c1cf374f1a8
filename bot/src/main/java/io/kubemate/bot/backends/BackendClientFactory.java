package io.kubemate.bot.backends;

import io.kubemate.tools.alerts.AlertmanagerClient;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;

/** One typed client per configured backend endpoint. */
@Factory
final class BackendClientFactory {

    @EachBean(AlertmanagerEndpoint.class)
    AlertmanagerClient alertmanager(AlertmanagerEndpoint endpoint) {
        return new AlertmanagerClient(endpoint.name(), endpoint.url(), endpoint.timeout());
    }
}
