package io.kubemate.tools.kube;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Turns fabric8's exceptions into outcomes with a reason a person can act on. */
public final class KubeCall {

    private KubeCall() {
    }

    /** {@link #run(String, Supplier)} after checking the Kubernetes names among {@code args} ({@link KubeNames}). */
    public static <T> Outcome<T> run(String what, Map<String, ?> args, Supplier<Outcome<T>> call) {
        return KubeNames.problem(args).<Outcome<T>>map(Outcome::badRequest).orElseGet(() -> run(what, call));
    }

    public static <T> Outcome<T> run(String what, Supplier<Outcome<T>> call) {
        try {
            return call.get();
        } catch (KubernetesClientException e) {
            return fromClientException(what, e);
        } catch (IllegalArgumentException e) {
            return Outcome.badRequest(what + ": " + e.getMessage());
        }
    }

    private static <T> Outcome<T> fromClientException(String what, KubernetesClientException e) {
        int code = e.getCode();
        if (code == 403) {
            return Outcome.forbidden(Reason.of("cluster.denied", what));
        }
        if (code == 404) {
            return Outcome.noData(Reason.of("cluster.not-found", what));
        }
        if (code == 400 || code == 422) {
            return Outcome.badRequest(what + ": " + statusMessage(e));
        }
        if (code == 0 || isNetworkFailure(e)) {
            return new Outcome.Failure<>(Outcome.FailureKind.UNAVAILABLE,
                    "the Kubernetes API server is unreachable (" + rootMessage(e) + ")");
        }
        return new Outcome.Failure<>(Outcome.FailureKind.BACKEND_ERROR,
                what + " failed with HTTP " + code + ": " + statusMessage(e));
    }

    private static boolean isNetworkFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpTimeoutException
                    || t instanceof TimeoutException || t instanceof java.nio.channels.ClosedChannelException
                    || (t instanceof IOException && t.getCause() == null)) {
                return true;
            }
        }
        return false;
    }

    private static String statusMessage(KubernetesClientException e) {
        if (e.getStatus() != null && e.getStatus().getMessage() != null) {
            return e.getStatus().getMessage();
        }
        return rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message;
    }
}
