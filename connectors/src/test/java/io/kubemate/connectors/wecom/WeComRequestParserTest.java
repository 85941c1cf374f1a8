package io.kubemate.connectors.wecom;

import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.MalformedRequestException;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifierContract;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static io.kubemate.connectors.wecom.WeComFixture.CORP_ID;
import static io.kubemate.connectors.wecom.WeComFixture.ENCODING_AES_KEY;
import static io.kubemate.connectors.wecom.WeComFixture.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WeComRequestParserTest {

    private final WeComRequestParser parser = new WeComRequestParser(Map.of("ops-app", new WeComCrypto(ENCODING_AES_KEY, CORP_ID)));

    private InboundRequest parse(String messageXml) throws Exception {
        RequestVerifierContract.Signed post = WeComFixture.post(TOKEN, 1764000000L, messageXml);
        return parser.parse("ops-app", post.headers(), post.body());
    }

    @Test
    void reads_a_text_message_to_the_app() throws Exception {
        InboundMessage message = (InboundMessage) assertInstanceOf(InboundRequest.Received.class,
                parse(WeComFixture.text("payment-api 为什么一直重启？", "1234567890123456"))).inbound();
        assertEquals(new InboundMessage("wecom", "ops-app", "zhangsan", null, "zhangsan", "payment-api 为什么一直重启？", "1234567890123456"), message);
    }

    @Test
    void a_duplicate_delivery_has_the_same_msg_id() throws Exception {
        String xml = WeComFixture.text("hi", "99");
        assertEquals(((InboundRequest.Received) parse(xml)).inbound().eventId(), ((InboundRequest.Received) parse(xml)).inbound().eventId());
    }

    @Test
    void answers_the_url_check_with_the_decrypted_echostr() throws Exception {
        String echostr = WeComFixture.encrypt("1616140317555161061", CORP_ID);
        InboundRequest request = parser.parse("ops-app", RequestHeaders.of("echostr", echostr), new byte[0]);
        assertEquals(new InboundRequest.Challenge("1616140317555161061", "text/plain"), request);
    }

    @Test
    void reads_a_template_card_button_as_a_click_of_the_person() throws Exception {
        String event = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[lisi]]></FromUserName>"
                + "<CreateTime>1764000100</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>"
                + "<EventKey><![CDATA[confirm:p-7f3a]]></EventKey><TaskId><![CDATA[kubemate-abc]]></TaskId>"
                + "<CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[rc-1]]></ResponseCode><AgentID>1000002</AgentID></xml>";
        InboundAction action = (InboundAction) ((InboundRequest.Received) parse(event)).inbound();
        assertEquals(new InboundAction("wecom", "ops-app", "lisi", null, "lisi", "p-7f3a", null, InboundAction.Decision.CONFIRM,
                "card:kubemate-abc:lisi:1764000100"), action);
    }

    @Test
    void refuses_an_external_entity_inside_the_decrypted_message() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<xml><FromUserName>a</FromUserName><MsgType>text</MsgType><Content>&x;</Content><MsgId>1</MsgId></xml>";
        MalformedRequestException e = assertThrows(MalformedRequestException.class, () -> parse(xxe));
        assertFalse(e.getMessage().contains(java.nio.file.Files.exists(java.nio.file.Path.of("/etc/hostname"))
                ? java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip() : "\u0000"), e.getMessage());
    }

    @Test
    void refuses_a_tampered_ciphertext_and_a_message_for_another_corp() throws Exception {
        byte[] bytes = Base64.getDecoder().decode(WeComFixture.encrypt(WeComFixture.text("hi", "1"), CORP_ID));
        bytes[bytes.length - 3] ^= 0x10;
        String tampered = WeComFixture.envelope(Base64.getEncoder().encodeToString(bytes));
        assertThrows(MalformedRequestException.class, () -> parser.parse("ops-app", RequestHeaders.of(), tampered.getBytes(StandardCharsets.UTF_8)));
        String other = WeComFixture.envelope(WeComFixture.encrypt(WeComFixture.text("hi", "1"), "wwothercorp"));
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> parser.parse("ops-app", RequestHeaders.of(), other.getBytes(StandardCharsets.UTF_8)));
        assertEquals("WeCom message is for another corp (receiveid does not match)", e.getMessage());
    }
}
