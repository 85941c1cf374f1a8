package io.kubemate.bot.chat.platform.feishu;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Feishu event bodies (schema 2.0) as the Open Platform documents them, for the request-URL and the long-connection
 * tests: a group message that mentions the bot and a card button click. {@code token} is the Verification Token the
 * header carries (empty over the long connection).
 */
final class FeishuEvents {

    static final String CHAT = "oc_5ce6d572455d361153b7cb5xxfsdfsdfdsf";
    static final String REQUESTER = "ou_84aad35d084aa403a838cf73ee18467";

    private final String token;

    FeishuEvents(String token) {
        this.token = token;
    }

    String event(String eventId, String type, String event) {
        return """
                {"schema":"2.0","header":{"event_id":"%s","token":"%s","create_time":"1764000000000","event_type":"%s",
                 "tenant_key":"736588c9260f175e","app_id":"cli_a1b2c3d4e5f6"},"event":%s}""".formatted(eventId, token, type, event);
    }

    /** {@code im.message.receive_v1} from {@link #REQUESTER} in {@link #CHAT}. */
    String message(String eventId, String messageId, String text) {
        return event(eventId, "im.message.receive_v1", """
                {"sender":{"sender_id":{"union_id":"on_8ed6aa67826108097d9ee143816345","user_id":"e33ggbyz","open_id":"%s"},
                  "sender_type":"user","tenant_key":"736588c9260f175e"},
                 "message":{"message_id":"%s","root_id":"","parent_id":"","create_time":"1764000000000","chat_id":"%s",
                  "chat_type":"group","message_type":"text","content":"{\\"text\\":\\"@_user_1 %s\\"}",
                  "mentions":[{"key":"@_user_1","id":{"open_id":"ou_bot"},"name":"Kubemate","tenant_key":"736588c9260f175e"}]}}"""
                .formatted(REQUESTER, messageId, CHAT, text));
    }

    /** {@code card.action.trigger}: {@code operator} clicked a button whose value is {@code value}. */
    String click(String eventId, String operator, JsonNode value) {
        return event(eventId, "card.action.trigger", """
                {"operator":{"tenant_key":"736588c9260f175e","user_id":"867bcb5d","open_id":"%s"},
                 "token":"c-295ee57216a5dc9de90fefd0aadb4b1d7d337c5d","host":"im_message",
                 "action":{"value":%s,"tag":"button"},"context":{"open_message_id":"om_card","open_chat_id":"%s"}}"""
                .formatted(operator, value, CHAT));
    }
}
