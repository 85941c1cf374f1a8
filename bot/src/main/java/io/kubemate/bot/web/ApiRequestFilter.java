package io.kubemate.bot.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cross-site requests to {@code /api}: a body other than JSON is refused (415), since a page on any site can post a
 * form ({@code text/plain}, url-encoded, multipart) without the browser asking; and a request whose {@code Origin} is
 * neither the console's own nor in {@code kubemate.web.allowed-origins} is refused (403).
 */
@ServerFilter("/api/**")
public class ApiRequestFilter implements Ordered {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final WebProperties properties;

    public ApiRequestFilter(WebProperties properties) {
        this.properties = properties;
    }

    /** Before the framework's own cross-origin handling, so that a refusal names its reason. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        String origin = request.getHeaders().get("Origin");
        if (origin != null && !sameOrigin(origin, request.getHeaders().get("Host")) && !allowed(origin)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(Map.of("error", "requests from " + origin
                    + " are not accepted: only the console's own pages (or kubemate.web.allowed-origins) may call the API"));
        }
        if (WITH_BODY.contains(request.getMethod()) && !json(request)) {
            return HttpResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("error",
                    "send the body as application/json, not " + request.getContentType().map(MediaType::toString).orElse("without a Content-Type")));
        }
        return null;
    }

    private static boolean json(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.getType().equals("application") && t.getSubtype().equals("json")).orElse(false);
    }

    private boolean allowed(String origin) {
        return properties.origins().stream().anyMatch(o -> o.equalsIgnoreCase(origin.trim()));
    }

    /** The page's origin names the host (and port) the browser sent this request to. */
    private static boolean sameOrigin(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = new URI(origin.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String authority = uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
            String target = host.toLowerCase(Locale.ROOT);
            boolean hasPort = target.lastIndexOf(':') > target.lastIndexOf(']');
            return authority.equals(hasPort ? target : target + ":" + port);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
