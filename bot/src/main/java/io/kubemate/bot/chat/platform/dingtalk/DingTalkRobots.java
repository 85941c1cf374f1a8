package io.kubemate.bot.chat.platform.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.platform.HookHttp;
import io.kubemate.bot.chat.platform.PlatformSenders;
import io.kubemate.bot.chat.platform.StateStoreDelivery;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.dingtalk.DingTalkActionCardRenderer;
import io.kubemate.connectors.dingtalk.DingTalkCrypto;
import io.kubemate.connectors.dingtalk.DingTalkRequestParser;
import io.kubemate.connectors.dingtalk.DingTalkSender;
import io.kubemate.connectors.dingtalk.DingTalkSignatureVerifier;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured DingTalk robots: the {@code sign} check and callback decryption of those receiving over HTTP, and
 * every robot's sender.
 */
@Singleton
public final class DingTalkRobots implements PlatformSenders {

    private final DingTalkSignatureVerifier verifier;
    private final Map<String, DingTalkCrypto> cryptos = new LinkedHashMap<>();
    private final Map<String, ChatSender> senders = new LinkedHashMap<>();
    private final DingTalkRequestParser parser;

    public DingTalkRobots(List<DingTalkRobot> robots, StateStoreDelivery ledger, ObjectMapper json, Clock clock) {
        RetryingHttp http = HookHttp.retrying();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (DingTalkRobot robot : robots) {
            String prefix = "kubemate.dingtalk." + robot.name();
            HookHttp.require(robot.appKey(), prefix + ".app-key");
            HookHttp.require(robot.appSecret(), prefix + ".app-secret");
            if (!robot.stream()) {
                HookHttp.require(robot.token(), prefix + ".token");
                secrets.put(robot.name(), robot.appSecret());
                try {
                    cryptos.put(robot.name(), new DingTalkCrypto(robot.token(), robot.aesKey(), robot.appKey()));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(prefix + ".aes-key: " + e.getMessage());
                }
            }
            String robotCode = robot.robotCode() == null || robot.robotCode().isBlank() ? robot.appKey() : robot.robotCode();
            // DingTalk allows a robot 20 messages a minute per group.
            senders.put(DingTalkRequestParser.PLATFORM + ":" + robot.name(), new DingTalkSender(URI.create(robot.apiUrl()),
                    robot.appKey(), robot.appSecret(), robotCode, new DingTalkActionCardRenderer(json), http,
                    ChannelRateLimiter.system(20.0 / 60, 5), ledger, json, clock));
        }
        this.verifier = new DingTalkSignatureVerifier(secrets, clock);
        this.parser = new DingTalkRequestParser(json);
    }

    public DingTalkSignatureVerifier verifier() {
        return verifier;
    }

    public Optional<DingTalkCrypto> crypto(String robot) {
        return Optional.ofNullable(cryptos.get(robot));
    }

    public DingTalkRequestParser parser() {
        return parser;
    }

    @Override
    public Map<String, ChatSender> senders() {
        return Map.copyOf(senders);
    }
}
