package io.kubemate.bot.chat.platform.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.platform.HookDispatcher;
import io.kubemate.bot.metrics.HookMetrics;
import io.kubemate.connectors.core.DeliveryDeduplicator;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Sleeper;
import io.kubemate.connectors.slack.SlackRequestParser;
import io.kubemate.connectors.slack.SlackSocketConnection;
import io.kubemate.connectors.slack.SlackSocketFrames;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack workspaces with an app-level token receive over Socket Mode: the bot connects out, so Slack needs no
 * route into the cluster. What arrives goes the way of the HTTP hook: de-duplicated by event id, then handed to
 * the dispatcher (made at the first event, not when the server starts); replies are posted with the bot token as usual.
 */
@Singleton
final class SlackSocketMode implements ApplicationEventListener<ServerStartupEvent> {

    private final List<SlackWorkspace> workspaces;
    private final BeanProvider<DeliveryDeduplicator> deduplicator;
    private final BeanProvider<HookDispatcher> dispatcher;
    private final BeanProvider<HookMetrics> metrics;
    private final ObjectMapper json;
    private final List<SlackSocketConnection> connections = new ArrayList<>();

    SlackSocketMode(List<SlackWorkspace> workspaces, BeanProvider<DeliveryDeduplicator> deduplicator,
                    BeanProvider<HookDispatcher> dispatcher, BeanProvider<HookMetrics> metrics, ObjectMapper json) {
        this.workspaces = workspaces;
        this.deduplicator = deduplicator;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.json = json;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        List<SlackWorkspace> socketMode = workspaces.stream()
                .filter(w -> w.appToken() != null && !w.appToken().isBlank()).toList();
        if (socketMode.isEmpty()) {
            return; // no HTTP client either: making the first one sets up TLS, a tenth of a second of every start
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        for (SlackWorkspace workspace : socketMode) {
            SlackSocketConnection connection = new SlackSocketConnection(workspace.name(), URI.create(workspace.apiUrl()),
                    workspace.appToken(), http, json, this::receive, Sleeper.SYSTEM);
            connections.add(connection);
            connection.start();
        }
    }

    private void receive(SlackSocketFrames.Frame frame) {
        if (frame.request() instanceof InboundRequest.Received received) {
            if (deduplicator.get().firstDelivery(SlackRequestParser.PLATFORM, received.inbound().eventId())) {
                dispatcher.get().submit(received.inbound());
            } else {
                metrics.get().duplicate(SlackRequestParser.PLATFORM);
            }
        }
    }

    @PreDestroy
    synchronized void close() {
        connections.forEach(SlackSocketConnection::close);
        connections.clear();
    }
}
