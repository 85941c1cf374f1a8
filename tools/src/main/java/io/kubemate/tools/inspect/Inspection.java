package io.kubemate.tools.inspect;

import java.util.List;

/** One analyzer. Implementations are beans; the runner receives all of them, so adding one touches one class. */
public interface Inspection {

    /** A stable id for the analyzer, e.g. {@code pod}. */
    String id();

    List<Finding> inspect(InspectionScope scope);
}
