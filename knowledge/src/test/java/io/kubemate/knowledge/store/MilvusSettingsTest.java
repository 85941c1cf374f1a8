package io.kubemate.knowledge.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MilvusSettingsTest {

    @Test
    void milvus_store_refuses_to_start_without_a_username_and_password() {
        StoreException e = assertThrows(StoreException.class, () -> new MilvusStore(
                new MilvusSettings("http://127.0.0.1:19530", "", "", "", "c", Duration.ofSeconds(1)), 8));

        assertTrue(e.getMessage().contains("username"), e.getMessage());
    }
}
