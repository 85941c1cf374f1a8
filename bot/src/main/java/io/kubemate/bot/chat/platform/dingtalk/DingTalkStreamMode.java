package io.kubemate.bot.chat.platform.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.platform.Deliveries;
import io.kubemate.connectors.core.Sleeper;
import io.kubemate.connectors.dingtalk.DingTalkRequestParser;
import io.kubemate.connectors.dingtalk.DingTalkStreamConnection;
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
 * DingTalk robots with {@code stream: true} receive over Stream mode: the bot connects out, so DingTalk needs no
 * route into the cluster. What arrives goes the way of the HTTP hook: de-duplicated by {@code msgId}, then handed to
 * the dispatcher (made at the first frame, not when the server starts); replies go through the robot OpenAPI as usual.
 */
@Singleton
final class DingTalkStreamMode implements ApplicationEventListener<ServerStartupEvent> {

    private final List<DingTalkRobot> robots;
    private final BeanProvider<Deliveries> deliveries;
    private final ObjectMapper json;
    private final List<DingTalkStreamConnection> connections = new ArrayList<>();

    DingTalkStreamMode(List<DingTalkRobot> robots, BeanProvider<Deliveries> deliveries, ObjectMapper json) {
        this.robots = robots;
        this.deliveries = deliveries;
        this.json = json;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        List<DingTalkRobot> streaming = robots.stream().filter(DingTalkRobot::stream).toList();
        if (streaming.isEmpty()) {
            return; // no HTTP client either: making the first one sets up TLS, a tenth of a second of every start
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        for (DingTalkRobot robot : streaming) {
            DingTalkStreamConnection connection = new DingTalkStreamConnection(robot.name(), URI.create(robot.apiUrl()),
                    robot.appKey(), robot.appSecret(), http, json, frame -> {
                        if (frame.request() != null) {
                            deliveries.get().accept(frame.request(), DingTalkRequestParser.PLATFORM);
                        }
                    }, Sleeper.SYSTEM);
            connections.add(connection);
            connection.start();
        }
    }

    @PreDestroy
    synchronized void close() {
        connections.forEach(DingTalkStreamConnection::close);
        connections.clear();
    }
}
