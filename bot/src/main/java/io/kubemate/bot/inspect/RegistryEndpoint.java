package io.kubemate.bot.inspect;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;

/**
 * {@code kubemate.inspection.registries.<name>.*}: an image registry the inspection checks.
 *
 * @param url      base URL, e.g. {@code https://harbor.example.com}
 * @param kind     {@code harbor} or {@code registry} (a plain Distribution registry)
 * @param host     the host[:port] images name when pulled from it, when it differs from the URL's
 * @param username          for artifact reads (image age), when not from a Secret
 * @param password          likewise; never logged nor shown
 * @param credentialsSecret {@code namespace/name} of a Secret holding the user and password (or robot token), read with
 *                          the bot's own identity at each run; wins over {@code username}/{@code password}
 * @param usernameKey       the Secret's key of the user
 * @param passwordKey       the Secret's key of the password
 * @param timeout           per call
 */
@EachProperty("kubemate.inspection.registries")
public record RegistryEndpoint(@Parameter String name, URI url, @Bindable(defaultValue = "registry") String kind,
                               @Nullable String host, @Nullable String username, @Nullable String password,
                               @Nullable String credentialsSecret, @Bindable(defaultValue = "username") String usernameKey,
                               @Bindable(defaultValue = "password") String passwordKey,
                               @Bindable(defaultValue = "5s") Duration timeout) {

    @Override
    public String toString() {
        return "RegistryEndpoint[" + name + " " + kind + " " + url + "]";
    }
}
