package io.kubemate.bot.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import io.kubemate.bot.identity.Grant;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.toolcall.ReadTool;
import io.kubemate.bot.toolcall.Tools;
import io.kubemate.tools.actions.DeletePodAction;
import io.kubemate.tools.actions.ScaleAction;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.kubemate.tools.spec.ToolSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModelToolsTest {

    private static ReadTool read(String name) {
        return new ReadTool() {
            @Override
            public ToolSpec spec() {
                return ToolSpec.read(name).describe("reads " + name, "读取 " + name).build();
            }

            @Override
            public Outcome<io.kubemate.tools.report.Reportable> run(io.kubemate.bot.toolcall.Caller caller, io.kubemate.bot.toolcall.ToolArgs args) {
                return Outcome.noData("not used");
            }
        };
    }

    private final ModelTools tools = new ModelTools(new Tools(List.of(read("diagnose"), read("k8s_get")),
            List.of(new ScaleAction(), new DeletePodAction()), List.of(), new SimpleMeterRegistry()));

    private static List<String> names(List<ToolSpecification> specs) {
        return specs.stream().map(ToolSpecification::name).toList();
    }

    @Test
    void offers_only_the_tools_the_bot_has_and_the_changes_the_person_may_propose() {
        Person viewer = new Person("web:viewer", "viewer", Subject.serviceAccount("u", "viewer"),
                List.of(new Grant("view", true, Set.of(), Set.of("workloads.read"))), false);
        Person operator = new Person("web:ops", "ops", Subject.serviceAccount("u", "ops"),
                List.of(new Grant("trade-operator", false, Set.of("trade"), Set.of("workloads.scale"))), false);

        assertEquals(List.of("diagnose", "k8s_get"), names(tools.offeredTo(viewer)));
        assertEquals(List.of("diagnose", "k8s_get", "scale"), names(tools.offeredTo(operator)));
    }

    @Test
    void describes_parameters_with_their_types_and_required_names() {
        Person admin = new Person("web:dev", "dev", Subject.ownCredentials(), List.of(Grant.EVERYTHING), false);
        ToolSpecification scale = tools.offeredTo(admin).stream().filter(t -> t.name().equals("scale")).findFirst().orElseThrow();
        assertEquals(List.of("namespace", "workload", "replicas"), scale.parameters().required());
        assertEquals("JsonIntegerSchema", scale.parameters().properties().get("replicas").getClass().getSimpleName());
    }
}
