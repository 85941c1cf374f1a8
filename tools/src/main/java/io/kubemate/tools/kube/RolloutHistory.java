package io.kubemate.tools.kube;

import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;

import java.util.List;

/** The result of {@code rollout_history}: a Deployment's revisions, newest first, the running one marked. */
public record RolloutHistory(String namespace, String deployment, int current, List<Revision> revisions) implements Reportable {

    /** One revision: its number, images, change cause and age, and how many pods its ReplicaSet runs. */
    public record Revision(int number, String images, String changeCause, String age, int replicas) {
    }

    public RolloutHistory {
        revisions = List.copyOf(revisions);
    }

    @Override
    public String markdown() {
        MarkdownTable table = new MarkdownTable("REVISION", "IMAGES", "CHANGE-CAUSE", "PODS", "AGE");
        for (Revision r : revisions) {
            table.row(r.number() + (r.number() == current ? " (running)" : ""), r.images(), r.changeCause(),
                    String.valueOf(r.replicas()), r.age());
        }
        return "**Rollout history of Deployment `" + namespace + "/" + deployment + "`** — " + revisions.size()
                + " revision" + (revisions.size() == 1 ? "" : "s") + " kept\n\n" + table.render();
    }

    @Override
    public List<Evidence> evidence() {
        return List.of();
    }
}
