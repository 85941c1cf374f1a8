package io.kubemate.tools.inspect;

import java.util.Set;

/**
 * What an NVIDIA Xid code commonly means (docs.nvidia.com/deploy/xid-errors): which ones point at the hardware or
 * the driver (critical: the GPU needs a reset or a drain), which at the application, and which are ECC events whose
 * state {@code nvidia-smi -q -d ECC,PAGE_RETIREMENT} shows. Unknown codes are warnings.
 */
final class XidCodes {

    /** Codes with a meaning in the message bundles ({@code reason.finding.gpu-xid.<code>}). */
    static final Set<Integer> EXPLAINED = Set.of(13, 31, 43, 45, 48, 61, 62, 63, 64, 74, 79, 92, 94, 95, 119, 120);
    private static final Set<Integer> CRITICAL = Set.of(48, 61, 62, 64, 74, 79, 94, 95, 119, 120);
    private static final Set<Integer> ECC = Set.of(48, 63, 64, 92, 94, 95);

    private XidCodes() {
    }

    static Severity severity(int code) {
        return CRITICAL.contains(code) ? Severity.CRITICAL : Severity.WARNING;
    }

    static boolean ecc(int code) {
        return ECC.contains(code);
    }

    /** The message key saying what the code means. */
    static String meaning(int code) {
        return "finding.gpu-xid." + (EXPLAINED.contains(code) ? String.valueOf(code) : "other");
    }
}
