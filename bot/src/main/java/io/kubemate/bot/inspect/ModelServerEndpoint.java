package io.kubemate.bot.inspect;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * {@code kubemate.inspection.model-servers.<name>.*}: a model server the inspection checks.
 *
 * @param url            base URL, e.g. {@code http://ollama.ai-apps:11434} or {@code http://vllm.ai-apps:8000}
 * @param kind           {@code ollama} or {@code vllm}
 * @param expectedModels the models the applications ask it for
 * @param namespace      the namespace (tenant) it belongs to: a namespace's inspection reports only its servers
 * @param maxWaiting     vLLM: requests waiting throughout 10 minutes at or above this are a finding
 * @param maxLatency     vLLM: a p95 end-to-end latency at or above this is a finding
 * @param timeout        per call
 */
@EachProperty("kubemate.inspection.model-servers")
public record ModelServerEndpoint(@Parameter String name, URI url, String kind, @Nullable List<String> expectedModels,
                                  @Nullable String namespace, @Bindable(defaultValue = "10") double maxWaiting,
                                  @Bindable(defaultValue = "30s") Duration maxLatency,
                                  @Bindable(defaultValue = "5s") Duration timeout) {
}
