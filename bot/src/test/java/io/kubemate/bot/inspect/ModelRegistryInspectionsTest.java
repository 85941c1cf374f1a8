package io.kubemate.bot.inspect;

import io.kubemate.tools.inspect.ImageAgeInspection;
import io.kubemate.tools.inspect.Inspection;
import io.kubemate.tools.inspect.ModelServerInspection;
import io.kubemate.tools.inspect.RegistryAllowListInspection;
import io.kubemate.tools.inspect.RegistryInspection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model-server and registry inspections are built from configuration, with their defaults and clear errors. */
class ModelRegistryInspectionsTest {

    @Test
    void binds_model_servers_registries_and_the_image_policy_with_defaults() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "kubemate.inspection.model-servers.chat.url", "http://ollama.ai-apps:11434",
                "kubemate.inspection.model-servers.chat.kind", "ollama",
                "kubemate.inspection.model-servers.chat.expected-models", List.of("qwen2.5:7b-instruct"),
                "kubemate.inspection.model-servers.chat.namespace", "ai-apps",
                "kubemate.inspection.registries.harbor.url", "https://harbor.example.com",
                "kubemate.inspection.registries.harbor.kind", "harbor",
                "kubemate.inspection.registries.harbor.password", "s3cr3t-Pa55",
                "kubemate.inspection.registry.allowed", List.of("harbor.example.com")))) {
            ModelServerEndpoint chat = context.getBean(ModelServerEndpoint.class);
            assertEquals(10.0, chat.maxWaiting());
            assertEquals(Duration.ofSeconds(30), chat.maxLatency());
            assertEquals(Duration.ofSeconds(5), chat.timeout());
            RegistryPolicy policy = context.getBean(RegistryPolicy.class);
            assertEquals(Duration.ofDays(180), policy.maxImageAge());
            assertEquals(50, policy.maxLookups());
            RegistryEndpoint harbor = context.getBean(RegistryEndpoint.class);
            assertEquals("username", harbor.usernameKey());
            assertFalse(harbor.toString().contains("s3cr3t"), harbor.toString());
            List<Class<?>> kinds = context.getBeansOfType(Inspection.class).stream().<Class<?>>map(Object::getClass).toList();
            assertTrue(kinds.containsAll(List.of(ModelServerInspection.class, RegistryInspection.class, RegistryAllowListInspection.class,
                    ImageAgeInspection.class)), kinds.toString());
        }
    }

    @Test
    void names_the_key_of_a_model_server_kind_it_does_not_know() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "kubemate.inspection.model-servers.chat.url", "http://tgi.ai-apps:8080",
                "kubemate.inspection.model-servers.chat.kind", "tgi"))) {
            BeanInstantiationException e = assertThrows(BeanInstantiationException.class,
                    () -> context.getBeansOfType(Inspection.class));
            assertTrue(e.getMessage().contains("kubemate.inspection.model-servers.chat.kind must be ollama or vllm, not tgi"), e.getMessage());
        }
    }
}
