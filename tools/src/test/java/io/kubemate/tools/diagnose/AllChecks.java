package io.kubemate.tools.diagnose;

import io.kubemate.tools.diagnose.checks.ClaimCheck;
import io.kubemate.tools.diagnose.checks.CreateFailureCheck;
import io.kubemate.tools.diagnose.checks.DaemonSetCheck;
import io.kubemate.tools.diagnose.checks.DiskFullCheck;
import io.kubemate.tools.diagnose.checks.FindingCheck;
import io.kubemate.tools.diagnose.checks.ImagePullCheck;
import io.kubemate.tools.diagnose.checks.InitContainerCheck;
import io.kubemate.tools.diagnose.checks.JobFailureCheck;
import io.kubemate.tools.diagnose.checks.LivenessCheck;
import io.kubemate.tools.diagnose.checks.LogErrorCheck;
import io.kubemate.tools.diagnose.checks.MissingReferenceCheck;
import io.kubemate.tools.diagnose.checks.NetworkPolicyCheck;
import io.kubemate.tools.diagnose.checks.NoPodsCheck;
import io.kubemate.tools.diagnose.checks.NodeCheck;
import io.kubemate.tools.diagnose.checks.NodeSelectorCheck;
import io.kubemate.tools.diagnose.checks.ProbePortCheck;
import io.kubemate.tools.diagnose.checks.ServicePortCheck;
import io.kubemate.tools.diagnose.checks.ServiceSelectorCheck;

import java.util.List;

/** Every diagnosis check, as the application's bean context hands them to the diagnoser. */
public final class AllChecks {

    private AllChecks() {
    }

    public static List<DiagnosisCheck> list() {
        return List.of(new FindingCheck(), new LogErrorCheck(), new InitContainerCheck(), new LivenessCheck(), new JobFailureCheck(),
                new ServiceSelectorCheck(), new ServicePortCheck(), new ProbePortCheck(), new MissingReferenceCheck(), new ImagePullCheck(),
                new DiskFullCheck(), new CreateFailureCheck(), new ClaimCheck(), new DaemonSetCheck(), new NodeCheck(),
                new NetworkPolicyCheck(), new NoPodsCheck(), new NodeSelectorCheck());
    }
}
