package io.kubemate.tools.spec;

import java.util.List;
import java.util.Optional;

/** The specs of the tools a bot has: what the router, the model and the runbook parser derive their tables from. */
public interface ToolSpecs {

    /** Every spec, read tools first, each group by name. */
    List<ToolSpec> all();

    default Optional<ToolSpec> find(String name) {
        return all().stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    default boolean isAction(String name) {
        return find(name).filter(ToolSpec::isAction).isPresent();
    }

    static ToolSpecs of(List<ToolSpec> specs) {
        List<ToolSpec> copy = List.copyOf(specs);
        return () -> copy;
    }
}
