package io.kubemate.connectors.wecom;

import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.MalformedRequestException;
import io.kubemate.connectors.core.RequestHeaders;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a verified WeCom app callback: the URL check ({@code echostr} decrypted and answered as plain text), a
 * text message to the app ({@code MsgId} is the de-duplication key) and a {@code template_card_event} (a card
 * button whose {@code EventKey} is {@code confirm:<id>}, {@code cancel:<id>} or {@code choice:<value>}). App
 * messages are one-to-one, so the channel is the person's UserID and there are no threads.
 */
public final class WeComRequestParser {

    public static final String PLATFORM = "wecom";

    private final Map<String, WeComCrypto> cryptos;

    /** {@code cryptos}: app (account) name → its decryption. */
    public WeComRequestParser(Map<String, WeComCrypto> cryptos) {
        this.cryptos = new LinkedHashMap<>(cryptos);
    }

    /** {@code query}: the request's query parameters; {@code rawBody}: empty for the URL check. */
    public InboundRequest parse(String account, RequestHeaders query, byte[] rawBody) {
        WeComCrypto crypto = cryptos.get(account);
        if (crypto == null) {
            throw new MalformedRequestException("no WeCom app named " + account);
        }
        var echo = query.first("echostr");
        if (echo.isPresent()) {
            return new InboundRequest.Challenge(crypto.decrypt(echo.get()), "text/plain");
        }
        String encrypt = WeComXml.read(new String(rawBody, StandardCharsets.UTF_8), "WeCom callback body").get("Encrypt");
        if (encrypt == null) {
            throw new MalformedRequestException("WeCom callback body has no Encrypt element");
        }
        Map<String, String> message = WeComXml.read(crypto.decrypt(encrypt), "decrypted WeCom message");
        String user = message.get("FromUserName");
        if (user == null) {
            throw new MalformedRequestException("WeCom message without FromUserName");
        }
        String type = message.get("MsgType");
        if ("text".equals(type)) {
            String msgId = message.get("MsgId");
            if (msgId == null) {
                throw new MalformedRequestException("WeCom text message without MsgId");
            }
            return new InboundRequest.Received(new InboundMessage(PLATFORM, account, user, null, user,
                    String.valueOf(message.get("Content")).strip(), msgId));
        }
        if ("event".equals(type) && "template_card_event".equals(message.get("Event"))) {
            return cardEvent(account, user, message);
        }
        return new InboundRequest.Ignored("WeCom " + type + " " + message.getOrDefault("Event", ""));
    }

    private static InboundRequest cardEvent(String account, String user, Map<String, String> message) {
        String key = String.valueOf(message.get("EventKey"));
        int colon = key.indexOf(':');
        InboundAction.Decision decision = colon < 0 ? null : switch (key.substring(0, colon)) {
            case "confirm" -> InboundAction.Decision.CONFIRM;
            case "cancel" -> InboundAction.Decision.CANCEL;
            case "choice" -> InboundAction.Decision.CHOICE;
            default -> null;
        };
        if (decision == null || colon == key.length() - 1) {
            return new InboundRequest.Ignored("WeCom card button " + key);
        }
        String value = key.substring(colon + 1);
        boolean choice = decision == InboundAction.Decision.CHOICE;
        String eventId = "card:" + message.get("TaskId") + ":" + user + ":" + message.get("CreateTime");
        return new InboundRequest.Received(new InboundAction(PLATFORM, account, user, null, user,
                choice ? null : value, choice ? value : null, decision, eventId));
    }
}
