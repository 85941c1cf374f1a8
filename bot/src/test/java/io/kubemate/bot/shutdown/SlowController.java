package io.kubemate.bot.shutdown;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.concurrent.TimeUnit;

/** Test-only: a request that is still running when the shutdown begins. */
@Controller("/test/slow")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = SlowRequests.ENABLED, value = "true")
final class SlowController {

    private final SlowRequests requests;

    SlowController(SlowRequests requests) {
        this.requests = requests;
    }

    @Get(produces = "text/plain")
    String slow() throws InterruptedException {
        requests.entered.countDown();
        return requests.release.await(60, TimeUnit.SECONDS) ? "finished" : "never released";
    }
}
