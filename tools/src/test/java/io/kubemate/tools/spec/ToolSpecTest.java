package io.kubemate.tools.spec;

import io.kubemate.tools.actions.Risk;
import io.kubemate.tools.actions.ScaleAction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolSpecTest {

    @Test
    void an_action_without_change_intent_words_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToolSpec.action("drain", Risk.WRITE, "nodes.drain")
                .describe("Propose draining a node.", "提议驱逐节点。").build());
        assertTrue(e.getMessage().contains("drain"), e.getMessage());
    }

    @Test
    void a_read_tool_cannot_carry_a_change_permission() {
        assertThrows(IllegalArgumentException.class, () -> ToolSpec.action("peek", Risk.READ, "workloads.scale")
                .describe("Peek.", "看。").intentWords("peek").build());
    }

    @Test
    void a_description_needs_both_languages() {
        assertThrows(IllegalArgumentException.class, () -> ToolSpec.read("peek").describe("Peek.", " ").build());
        assertThrows(IllegalArgumentException.class, () -> ToolSpec.read("peek").describe("Peek.", "看。")
                .string("name", "the name", "").build());
    }

    @Test
    void an_action_derives_its_name_risk_and_permission_from_its_spec() {
        ScaleAction scale = new ScaleAction();
        assertEquals("scale", scale.name());
        assertEquals(Risk.WRITE, scale.risk());
        assertEquals("workloads.scale", scale.permission());
        assertEquals(List.of("namespace", "workload", "replicas"), scale.spec().required());
        assertTrue(scale.spec().isAction());
        assertFalse(ToolSpec.read("peek").describe("Peek.", "看。").build().isAction());
    }
}
