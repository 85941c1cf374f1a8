package io.kubemate.bot.router;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The kind of object a free-text listing asks for: "pods", "节点", "deployments" → the kind's label. */
final class KindWords {

    /** Longer words first, so "statefulsets" is not read as "sets". */
    private static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("statefulset", "statefulset"), Map.entry("daemonset", "daemonset"), Map.entry("cronjob", "cronjob"),
            Map.entry("cron job", "cronjob"), Map.entry("定时任务", "cronjob"), Map.entry("configmap", "configmap"),
            Map.entry("配置", "configmap"), Map.entry("ingress", "ingress"), Map.entry("pvc", "persistentvolumeclaim"),
            Map.entry("存储卷", "persistentvolumeclaim"), Map.entry("hpa", "horizontalpodautoscaler"),
            Map.entry("namespace", "namespace"), Map.entry("命名空间", "namespace"), Map.entry("deployment", "deployment"),
            Map.entry("deploy", "deployment"), Map.entry("部署", "deployment"), Map.entry("无状态", "deployment"),
            Map.entry("service", "service"), Map.entry("svc", "service"), Map.entry("服务", "service"),
            Map.entry("node", "node"), Map.entry("节点", "node"), Map.entry("机器", "node"), Map.entry("容器组", "pod"),
            Map.entry("pod", "pod"), Map.entry("实例", "pod"), Map.entry("secret", "secret"), Map.entry("密钥", "secret"),
            Map.entry("job", "job"), Map.entry("任务", "job"));

    private KindWords() {
    }

    static Optional<String> find(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        List<String> kinds = WORDS.stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue).toList();
        // "pods in the payments namespace": the namespace word says where, not what
        return kinds.stream().filter(kind -> !kind.equals("namespace")).findFirst().or(() -> kinds.stream().findFirst());
    }
}
