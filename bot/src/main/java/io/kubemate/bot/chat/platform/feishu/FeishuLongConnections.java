package io.kubemate.bot.chat.platform.feishu;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.platform.Deliveries;
import io.kubemate.connectors.core.Sleeper;
import io.kubemate.connectors.feishu.FeishuLongConnection;
import io.kubemate.connectors.feishu.FeishuRequestParser;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Feishu apps with {@code long-connection: true} receive over the long connection: the bot connects out, so Feishu
 * needs no route into the cluster. What arrives goes the way of the HTTP hook: de-duplicated by
 * {@code header.event_id}, then handed to the dispatcher; replies go through the Open API as usual. The dispatcher
 * (and with it the chat service, the tools and the cluster) is made at the first event, not when the server starts.
 */
@Singleton
final class FeishuLongConnections implements ApplicationEventListener<ServerStartupEvent> {

    private final List<FeishuBot> bots;
    private final BeanProvider<Deliveries> deliveries;
    private final ObjectMapper json;
    private final Clock clock;
    private final List<FeishuLongConnection> connections = new ArrayList<>();

    FeishuLongConnections(List<FeishuBot> bots, BeanProvider<Deliveries> deliveries, ObjectMapper json, Clock clock) {
        this.bots = bots;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        List<FeishuBot> connecting = bots.stream().filter(FeishuBot::longConnection).toList();
        if (connecting.isEmpty()) {
            return; // no HTTP client either: making the first one sets up TLS, a tenth of a second of every start
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        for (FeishuBot bot : connecting) {
            FeishuLongConnection connection = new FeishuLongConnection(bot.name(), URI.create(bot.apiUrl()), bot.appId(),
                    bot.appSecret(), http, json, request -> deliveries.get().accept(request, FeishuRequestParser.PLATFORM), Sleeper.SYSTEM, clock);
            connections.add(connection);
            connection.start();
        }
    }

    @PreDestroy
    synchronized void close() {
        connections.forEach(FeishuLongConnection::close);
        connections.clear();
    }
}
