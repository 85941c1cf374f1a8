package io.kubemate.connectors.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Renderer;
import io.kubemate.connectors.core.RendererContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DingTalkActionCardRendererTest extends RendererContract {

    @Override
    protected Renderer renderer() {
        return new DingTalkActionCardRenderer(new ObjectMapper());
    }

    @Override
    protected String platform() {
        return "dingtalk";
    }

    @Override
    protected String visibleText(ObjectNode part) {
        return part.path("msgParam").path("text").asText();
    }

    @Test
    void confirm_and_cancel_become_links_that_send_the_command() {
        var param = renderer().render(proposal()).getLast().path("msgParam");
        assertEquals("dtmd://dingtalkclient/sendMessage?content=%2Fkubemate%20confirm%20p-7f3a", param.path("actionURL1").asText());
        assertEquals("dtmd://dingtalkclient/sendMessage?content=%2Fkubemate%20cancel%20p-7f3a", param.path("actionURL2").asText());
        assertEquals("sampleActionCard2", renderer().render(proposal()).getLast().path("msgKey").asText());
    }
}
