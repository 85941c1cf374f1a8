package io.kubemate.bot.inspect;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.registry.RegistryCredentials;
import io.micronaut.context.BeanProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A registry's credentials from a Secret ({@code namespace/name}, a user and a password or robot token under two
 * keys), read with the bot's own identity each time they are asked for, so a rotated Secret is picked up. The values
 * are never logged: a Secret that cannot be read is named, and the lookups go anonymous.
 */
final class SecretRegistryCredentials implements RegistryCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(SecretRegistryCredentials.class);

    private final BeanProvider<ClusterAccess> cluster;
    private final String namespace;
    private final String name;
    private final String usernameKey;
    private final String passwordKey;

    SecretRegistryCredentials(BeanProvider<ClusterAccess> cluster, String namespace, String name, String usernameKey, String passwordKey) {
        this.cluster = cluster;
        this.namespace = namespace;
        this.name = name;
        this.usernameKey = usernameKey;
        this.passwordKey = passwordKey;
    }

    @Override
    public Optional<String> authorization() {
        try {
            Secret secret = cluster.get().as(Subject.ownCredentials(), c -> c.secrets().inNamespace(namespace).withName(name).get());
            Optional<String> user = value(secret, usernameKey);
            Optional<String> password = value(secret, passwordKey);
            if (user.isEmpty() || password.isEmpty()) {
                LOG.warn("registry credentials Secret {}/{} is missing or lacks the keys {} and {}: image ages are read anonymously",
                        namespace, name, usernameKey, passwordKey);
                return Optional.empty();
            }
            return RegistryCredentials.basic(user.get(), password.get()).authorization();
        } catch (KubernetesClientException e) {
            LOG.warn("registry credentials Secret {}/{} could not be read (HTTP {}): image ages are read anonymously", namespace, name, e.getCode());
            return Optional.empty();
        }
    }

    private static Optional<String> value(Secret secret, String key) {
        if (secret == null || secret.getData() == null || secret.getData().get(key) == null) {
            return Optional.empty();
        }
        return Optional.of(new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8).strip());
    }
}
