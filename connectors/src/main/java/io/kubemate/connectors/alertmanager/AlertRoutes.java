package io.kubemate.connectors.alertmanager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which channels an alert group goes to, from configuration lines {@code "namespace=trade,severity=critical ->
 * slack:acme:C0123"}; {@code "* -> mattermost:ops:town-square"} is the fallback for groups no other route takes.
 * A group goes to every route whose labels all match its common labels.
 */
public final class AlertRoutes {

    /** One route: the labels to match (empty for the fallback) and the target {@code platform:workspace:channel}. */
    public record Route(Map<String, String> match, Target target) {
    }

    /** Where to post: a configured workspace of a platform, and a channel id in it. */
    public record Target(String platform, String workspace, String channel) {

        public static Target parse(String text) {
            String[] parts = text.trim().split(":", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException("'" + text.trim() + "' is not <platform>:<workspace>:<channel>");
            }
            return new Target(parts[0], parts[1], parts[2]);
        }

        @Override
        public String toString() {
            return platform + ":" + workspace + ":" + channel;
        }
    }

    private final List<Route> routes;

    private AlertRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** Parses configuration lines; a bad one fails with the line and why. */
    public static AlertRoutes parse(List<String> lines) {
        List<Route> routes = new ArrayList<>();
        for (String line : lines) {
            int arrow = line.indexOf("->");
            if (arrow < 0) {
                throw new IllegalArgumentException("alert route '" + line + "' is not '<label>=<value>,… -> <platform>:<workspace>:<channel>'");
            }
            String matchers = line.substring(0, arrow).trim();
            Map<String, String> match = new LinkedHashMap<>();
            if (!matchers.equals("*")) {
                for (String matcher : matchers.split(",")) {
                    int eq = matcher.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("alert route '" + line + "': '" + matcher.trim() + "' is not <label>=<value>");
                    }
                    match.put(matcher.substring(0, eq).trim(), matcher.substring(eq + 1).trim());
                }
            }
            try {
                routes.add(new Route(match, Target.parse(line.substring(arrow + 2))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("alert route '" + line + "': " + e.getMessage());
            }
        }
        return new AlertRoutes(routes);
    }

    public List<Target> targets(AlertmanagerPayload payload) {
        Map<String, String> labels = new LinkedHashMap<>(payload.commonLabels());
        labels.putAll(payload.groupLabels());
        List<Target> matched = routes.stream().filter(r -> !r.match().isEmpty())
                .filter(r -> r.match().entrySet().stream().allMatch(m -> m.getValue().equals(labels.get(m.getKey()))))
                .map(Route::target).distinct().toList();
        return matched.isEmpty() ? routes.stream().filter(r -> r.match().isEmpty()).map(Route::target).distinct().toList() : matched;
    }
}
