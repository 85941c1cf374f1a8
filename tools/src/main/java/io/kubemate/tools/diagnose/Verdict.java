package io.kubemate.tools.diagnose;

import java.util.ArrayList;
import java.util.List;

/** What one check concluded: the causes it found and what it found in order. */
public record Verdict(List<Cause> causes, List<Fine> fine) {

    public Verdict {
        causes = List.copyOf(causes);
        fine = List.copyOf(fine);
    }

    public static Verdict none() {
        return new Verdict(List.of(), List.of());
    }

    public static Verdict of(Cause cause) {
        return new Verdict(List.of(cause), List.of());
    }

    public static Verdict fine(Fine fine) {
        return new Verdict(List.of(), List.of(fine));
    }

    public Verdict and(Verdict other) {
        List<Cause> c = new ArrayList<>(causes);
        c.addAll(other.causes);
        List<Fine> f = new ArrayList<>(fine);
        f.addAll(other.fine);
        return new Verdict(c, f);
    }
}
