package io.kubemate.bot.inspect;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.identity.IdentityResolver;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Runs the configured inspection schedules while the server runs, and posts each report to its channels in the
 * schedule's language. The runner, the channels, the cluster, the scheduler and the wording are made when a schedule
 * needs them, not when the server starts (a sandbox cluster may still be being built then, and without schedules
 * nothing is needed at all).
 */
@Singleton
public final class ScheduledInspections implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledInspections.class);

    private final List<InspectionSchedule> schedules;
    private final BeanProvider<ReportChannel> channels;
    private final BeanProvider<InspectionRunner> runner;
    private final BeanProvider<InspectionLifecycle> lifecycle;
    private final BeanProvider<ClusterAccess> cluster;
    private final BeanProvider<TaskScheduler> scheduler;
    private final BeanProvider<InspectionWording> wording;
    private final BeanProvider<Messages> messages;

    public ScheduledInspections(List<InspectionSchedule> schedules, BeanProvider<ReportChannel> channels,
                                BeanProvider<InspectionRunner> runner, BeanProvider<InspectionLifecycle> lifecycle,
                                BeanProvider<ClusterAccess> cluster, @Named("scheduled") BeanProvider<TaskScheduler> scheduler,
                                BeanProvider<InspectionWording> wording, BeanProvider<Messages> messages) {
        this.schedules = schedules;
        this.channels = channels;
        this.runner = runner;
        this.lifecycle = lifecycle;
        this.cluster = cluster;
        this.scheduler = scheduler;
        this.wording = wording;
        this.messages = messages;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        for (InspectionSchedule schedule : schedules) {
            schedule.channels().stream().filter(c -> channels.stream().noneMatch(ch -> ch.accepts(c)))
                    .forEach(c -> LOG.warn("inspection schedule {}: no connector handles channel {}; it gets nothing", schedule.name(), c));
            if (schedule.language() != null && !InspectionSchedule.LANGUAGES.contains(schedule.language())) {
                LOG.warn("inspection schedule {}: language '{}' is neither en nor zh; reports are posted in English", schedule.name(),
                        schedule.language());
            }
            scheduler.get().schedule(schedule.cron(), () -> runSafely(schedule));
            LOG.info("inspection schedule {}: '{}' on {} to {}", schedule.name(), schedule.cron(),
                    schedule.namespace() == null ? "all namespaces" : schedule.namespace(), schedule.channels());
        }
    }

    private void runSafely(InspectionSchedule schedule) {
        try {
            run(schedule);
        } catch (RuntimeException e) {
            LOG.error("inspection schedule {} failed", schedule.name(), e);
        }
    }

    /** One run of a schedule: inspect as its identity, track against its last run, post everywhere. */
    public void run(InspectionSchedule schedule) {
        Subject subject = schedule.runAs() == null || schedule.runAs().isBlank()
                ? Subject.ownCredentials() : IdentityResolver.subjectOf(schedule.runAs());
        Outcome<InspectionReport> outcome = runner.get().run(subject, schedule.namespace());
        if (!(outcome instanceof Outcome.Ok<InspectionReport> ok)) {
            LOG.warn("inspection schedule {} did not run: {}", schedule.name(), outcome);
            return;
        }
        String clusterName = cluster.get().name();
        TrackedReport report = lifecycle.get().track(clusterName, "schedule:" + schedule.name(), ok.value());
        Language language = schedule.reportLanguage();
        String title = messages.get().get(language, "inspect.scheduled.title", schedule.name(), clusterName);
        String markdown = wording.get().markdown(report, language);
        for (String channel : schedule.channels()) {
            channels.stream().filter(c -> c.accepts(channel)).findFirst().ifPresent(c -> c.post(channel, title, markdown, report, language));
        }
    }
}
