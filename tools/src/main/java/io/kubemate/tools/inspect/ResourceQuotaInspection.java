package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Quotas with a resource used at 90% or more of its hard limit (critical when exhausted). */
@Singleton
public final class ResourceQuotaInspection implements Inspection {

    static final BigDecimal WARN_AT = new BigDecimal("0.90");

    @Override
    public String id() {
        return "resourcequota";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(ResourceQuota.class), quota -> {
            List<Finding> findings = new ArrayList<>();
            Map<String, Quantity> hard = quota.getStatus().getHard();
            Map<String, Quantity> used = quota.getStatus().getUsed();
            if (hard == null || used == null) {
                return findings;
            }
            hard.forEach((resource, limit) -> {
                Quantity current = used.get(resource);
                BigDecimal max = limit.getNumericalAmount();
                if (current == null || max.signum() == 0) {
                    return;
                }
                BigDecimal ratio = current.getNumericalAmount().divide(max, 4, RoundingMode.HALF_UP);
                if (ratio.compareTo(WARN_AT) >= 0) {
                    int percent = ratio.movePointRight(2).intValue();
                    findings.add(Finding.on(quota, ratio.compareTo(BigDecimal.ONE) >= 0 ? Severity.CRITICAL : Severity.WARNING,
                            "quota-" + resource.replace('/', '-'), Reason.of("finding.quota", resource, percent),
                            List.of("used " + current + " of " + limit), RunbookIds.POD_PENDING));
                }
            });
            return findings;
        });
    }
}
