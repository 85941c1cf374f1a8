package io.kubemate.bot.web;

import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.identity.Person;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.ReadPermissions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The example chips of an empty console thread, from the cluster the bot is connected to: a namespace the person may
 * read and a workload in it (one that is not ready first), so a click asks about something that exists. Without a
 * readable workload (or a cluster that does not answer) the chips name nothing.
 */
@Singleton
public final class ConsoleExamples {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleExamples.class);
    private static final int MAX_LISTED = 500;

    private final ClusterAccess cluster;
    private final Messages messages;

    public ConsoleExamples(ClusterAccess cluster, Messages messages) {
        this.cluster = cluster;
        this.messages = messages;
    }

    public List<String> of(Person person) {
        Optional<Deployment> example = example(person);
        List<String> out = new ArrayList<>();
        for (Language language : Language.values()) {
            String key = example.isPresent() ? "console.examples" : "console.examples.none";
            String namespace = example.map(d -> d.getMetadata().getNamespace()).orElse("");
            String workload = example.map(d -> d.getMetadata().getName()).orElse("");
            for (String line : messages.get(language, key, namespace, workload).split("\\|")) {
                if (!line.isBlank() && !out.contains(line.strip())) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    private Optional<Deployment> example(Person person) {
        try {
            List<Deployment> readable = cluster.as(person.subject(), client -> {
                if (person.may(ReadPermissions.WORKLOADS, null)) {
                    return client.apps().deployments().inAnyNamespace().list(new ListOptionsBuilder().withLimit((long) MAX_LISTED).build()).getItems();
                }
                Set<String> namespaces = person.namespaces(ReadPermissions.WORKLOADS);
                return namespaces.stream().limit(20)
                        .flatMap(ns -> client.apps().deployments().inNamespace(ns).list().getItems().stream()).toList();
            });
            return readable.stream().filter(Objects::nonNull)
                    .min(Comparator.comparing((Deployment d) -> ready(d)).thenComparing(d -> d.getMetadata().getNamespace())
                            .thenComparing(d -> d.getMetadata().getName()));
        } catch (RuntimeException e) {
            LOG.debug("console examples without cluster names: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Whether all wanted replicas are ready; not-ready ones sort first (false before true). */
    private static boolean ready(Deployment d) {
        int wanted = d.getSpec() == null || d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
        int ready = d.getStatus() == null || d.getStatus().getReadyReplicas() == null ? 0 : d.getStatus().getReadyReplicas();
        return ready >= wanted;
    }
}
