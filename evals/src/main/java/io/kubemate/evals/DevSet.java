package io.kubemate.evals;

/** The broken-app development set of issue 19: scenarios whose id starts with {@code ba-}. */
public final class DevSet {

    public static final String PREFIX = "ba-";

    private DevSet() {
    }

    public static boolean member(Scenario scenario) {
        return member(scenario.id());
    }

    public static boolean member(String id) {
        return id.startsWith(PREFIX);
    }
}
