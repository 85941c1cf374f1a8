package io.kubemate.bot.pipelines;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.pipelines.*}: CI/CD pipelines.
 *
 * @param failingRuns the pipeline inspection reports a pipeline whose newest this many finished runs all failed
 * @param jenkins     a Jenkins server, when some jobs still run there
 */
@ConfigurationProperties("kubemate.pipelines")
public record PipelinesProperties(@Bindable(defaultValue = "3") int failingRuns, @Nullable Jenkins jenkins) {

    /**
     * {@code kubemate.pipelines.jenkins.*}: Jenkins is asked only when {@code url} is set.
     *
     * @param url               the Jenkins root URL, e.g. {@code https://jenkins.example.com/}
     * @param credentialsSecret {@code namespace/name} of a Secret holding a Jenkins user and API token, read with the bot's
     *                          own identity when Jenkins is asked; unset: anonymous
     * @param usernameKey       the Secret's key of the user
     * @param tokenKey          the Secret's key of the API token
     * @param namespace         a person sees Jenkins builds when their roles grant {@code workloads.read} in this namespace;
     *                          unset: only people with a cluster-wide grant
     * @param timeout           the timeout of one call to Jenkins
     */
    @ConfigurationProperties("jenkins")
    public record Jenkins(@Nullable String url, @Nullable String credentialsSecret,
                          @Bindable(defaultValue = "username") String usernameKey,
                          @Bindable(defaultValue = "token") String tokenKey,
                          @Nullable String namespace,
                          @Bindable(defaultValue = "10s") Duration timeout) {
    }
}
