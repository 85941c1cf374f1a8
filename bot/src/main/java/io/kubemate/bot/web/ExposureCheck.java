package io.kubemate.bot.web;

import io.kubemate.bot.audit.AuditProperties;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start a server that listens beyond the loopback address without an authenticated identity (OIDC or an
 * identity proxy) and without an audit key, unless {@code kubemate.web.dev-mode} says this is deliberate. Checked when
 * the server is created, before it binds.
 */
@Singleton
public class ExposureCheck implements BeanCreatedEventListener<EmbeddedServer> {

    private static final Logger LOG = LoggerFactory.getLogger(ExposureCheck.class);

    private final String host;
    private final WebProperties web;
    private final OidcProperties oidc;
    private final AuditProperties audit;

    public ExposureCheck(@Value("${micronaut.server.host:}") String host, WebProperties web, OidcProperties oidc, AuditProperties audit) {
        this.host = host;
        this.web = web;
        this.oidc = oidc;
        this.audit = audit;
    }

    @Override
    public EmbeddedServer onCreated(BeanCreatedEvent<EmbeddedServer> event) {
        List<String> missing = new ArrayList<>();
        if (!oidc.configured() && !web.headerConfigured()) {
            missing.add("an authenticated identity (kubemate.web.oidc.issuer, or kubemate.web.user-header with kubemate.web.trusted-proxies)");
        }
        if (!audit.keyConfigured()) {
            missing.add("an audit key (kubemate.audit.key-file)");
        }
        if (missing.isEmpty() || loopback()) {
            return event.getBean();
        }
        String problem = "listening on " + (host.isBlank() ? "every interface" : host) + " without " + String.join(" and ", missing);
        if (web.devMode()) {
            LOG.warn("DEV MODE: {}: anyone who reaches this address can act as any user", problem);
            return event.getBean();
        }
        LOG.error("Refusing to start: {}. Configure them, bind to 127.0.0.1 (KUBEMATE_HOST), or set kubemate.web.dev-mode=true "
                + "for a development machine.", problem);
        throw new ConfigurationException("refusing to start: " + problem);
    }

    private boolean loopback() {
        if (host.isBlank()) {
            return false;
        }
        try {
            // a name is resolved here once, at start: "localhost" is fine, anything else that is not loopback is exposed
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
