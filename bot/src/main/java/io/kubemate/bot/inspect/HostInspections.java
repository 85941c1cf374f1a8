package io.kubemate.bot.inspect;

import io.kubemate.bot.observe.Backends;
import io.kubemate.tools.inspect.ContainerMemoryInspection;
import io.kubemate.tools.inspect.EtcdInspection;
import io.kubemate.tools.inspect.GpuIdleInspection;
import io.kubemate.tools.inspect.GpuInspection;
import io.kubemate.tools.inspect.Inspection;
import io.kubemate.tools.inspect.MilvusInspection;
import io.kubemate.tools.inspect.NodeHostInspection;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The inspections that read the cluster's default Prometheus, built from the configured backends. */
@Factory
class HostInspections {

    @Singleton
    Inspection nodeHost(Backends backends) {
        return new NodeHostInspection(() -> backends.prometheus(null));
    }

    @Singleton
    Inspection etcd(Backends backends) {
        return new EtcdInspection(() -> backends.prometheus(null));
    }

    @Singleton
    Inspection containerMemory(Backends backends) {
        return new ContainerMemoryInspection(() -> backends.prometheus(null));
    }

    @Singleton
    Inspection gpu(Backends backends) {
        return new GpuInspection(() -> backends.prometheus(null));
    }

    @Singleton
    Inspection gpuIdle(Backends backends) {
        return new GpuIdleInspection(() -> backends.prometheus(null));
    }

    @Singleton
    Inspection milvus(Backends backends) {
        return new MilvusInspection(() -> backends.prometheus(null));
    }
}
