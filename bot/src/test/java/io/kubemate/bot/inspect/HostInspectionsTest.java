package io.kubemate.bot.inspect;

import io.kubemate.bot.TestBot;
import io.kubemate.tools.inspect.ContainerMemoryInspection;
import io.kubemate.tools.inspect.Inspection;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.inspect.NodeHostInspection;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostInspectionsTest {

    @Test
    void the_host_items_run_with_every_inspection_and_stay_quiet_without_a_prometheus() throws Exception {
        try (TestBot bot = TestBot.scenario()) {
            assertTrue(bot.context().getBeansOfType(Inspection.class).stream().anyMatch(i -> i instanceof NodeHostInspection));
            assertTrue(bot.context().getBeansOfType(Inspection.class).stream().anyMatch(i -> i instanceof ContainerMemoryInspection));
            var report = assertInstanceOf(Outcome.Ok.class, bot.context().getBean(InspectionRunner.class).run(Subject.ownCredentials(), null));
            assertTrue(((InspectionReport) report.value()).findings().stream().noneMatch(f -> f.check().startsWith("node-host") || f.check().startsWith("container-")),
                    report.value().toString());
        }
    }
}
