package io.kubemate.connectors.alertmanager;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AlertRoutesTest {

    private final AlertRoutes routes = AlertRoutes.parse(List.of(
            "namespace=trade,severity=critical -> slack:acme:C0TRADE",
            "namespace=trade -> mattermost:ops:trade-alerts",
            "namespace=payments -> slack:acme:C0PAY",
            "* -> mattermost:ops:town-square"));

    @Test
    void sends_a_group_to_every_route_whose_labels_all_match() {
        assertEquals(List.of(AlertRoutes.Target.parse("slack:acme:C0TRADE"), AlertRoutes.Target.parse("mattermost:ops:trade-alerts")),
                routes.targets(Payloads.parse(Payloads.firing())));
    }

    @Test
    void falls_back_when_no_route_matches() {
        assertEquals(List.of(AlertRoutes.Target.parse("mattermost:ops:town-square")),
                AlertRoutes.parse(List.of("namespace=payments -> slack:acme:C0PAY", "* -> mattermost:ops:town-square"))
                        .targets(Payloads.parse(Payloads.firing())));
    }

    @Test
    void names_a_bad_route_line() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AlertRoutes.parse(List.of("namespace=trade -> slack:C1")));
        assertEquals("alert route 'namespace=trade -> slack:C1': 'slack:C1' is not <platform>:<workspace>:<channel>", e.getMessage());
    }
}
