package io.kubemate.bot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Two small runbooks, one per language, for the knowledge tests of the bot. */
public final class KnowledgeTestDocs {

    private KnowledgeTestDocs() {
    }

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("zh"));
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("zh/etcd-quota.md"), """
                ---
                id: etcd-quota
                title: etcd 空间超限
                lang: zh
                alerts: [etcdDatabaseQuotaLowSpace]
                ---
                # etcd 空间超限
                etcd 数据库空间满了以后集群只读，无法创建或更新对象。
                1. 查看告警。
                   ```tool
                   alerts_list matchers="alertname=etcdDatabaseQuotaLowSpace"
                   ```
                2. 压缩历史版本并碎片整理，然后解除 NOSPACE 告警。password=hunter2
                """);
        Files.writeString(dir.resolve("en/pvc-pending.md"), """
                ---
                id: pvc-pending
                title: PVC stuck in Pending
                lang: en
                ---
                # PVC stuck in Pending
                A claim stays Pending when no volume can be provisioned or bound.
                1. Check the StorageClass and its provisioner.
                   ```tool
                   k8s_describe namespace=${namespace} kind=pvc name=${name}
                   ```
                """);
        return dir;
    }
}
