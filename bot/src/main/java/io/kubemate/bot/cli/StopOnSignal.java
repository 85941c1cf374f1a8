package io.kubemate.bot.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT stop the service first and only then exit the JVM. A JVM shutdown hook would run beside the
 * ONNX runtime's own, which releases the runtime's native environment at once: an embedding still running (the
 * bundled runbooks' first indexing, a question) then crashed the JVM (SIGSEGV/SIGBUS, exit 134, an hs_err file),
 * and the stop that waited for that indexing made the window longer. After {@code stop} returns nothing embeds any
 * more, so the exit code is the usual 128 + signal. A second signal while the stop runs (an impatient Ctrl-C, a
 * supervisor repeating TERM) waits for that stop instead of exiting under it.
 */
final class StopOnSignal {

    private StopOnSignal() {
    }

    /** Runs {@code stop} once on SIGTERM or SIGINT, then exits with 143 or 130. */
    static void install(Runnable stop) {
        StopOnce once = new StopOnce(stop);
        for (String name : new String[]{"TERM", "INT"}) {
            Signal signal = new Signal(name);
            Signal.handle(signal, received -> {
                try {
                    once.run();
                } finally {
                    Runtime.getRuntime().exit(128 + received.getNumber());
                }
            });
        }
    }

    /** Runs its stop on the first call; a call made while it runs returns when it has finished. */
    static final class StopOnce {

        private final Runnable stop;
        private boolean done;

        StopOnce(Runnable stop) {
            this.stop = stop;
        }

        synchronized void run() {
            if (done) {
                return;
            }
            try {
                stop.run();
            } finally {
                done = true;
            }
        }
    }
}
