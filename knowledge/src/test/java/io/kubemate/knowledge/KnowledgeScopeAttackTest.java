package io.kubemate.knowledge;

import io.kubemate.knowledge.ingest.IngestOptions;
import io.kubemate.knowledge.store.LuceneStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Knowledge tenancy attacks (issue 18.7): an administrator ingests an internal document for the payments namespace
 * or the sre role; a person of trade without that role searches for its exact words and must not find it.
 */
class KnowledgeScopeAttackTest {

    @TempDir
    Path tmp;

    private final HashingEmbedder embedder = new HashingEmbedder();
    private KnowledgeBase kb;
    private Path docs;
    private final Audience tradeDeveloper = new Audience(false, false, Set.of("trade"), Set.of("trade-operator"));

    @BeforeEach
    void setUp() throws IOException {
        kb = new KnowledgeBase(LuceneStore.open(tmp.resolve("index"), embedder.name(), embedder.dimension()), embedder,
                new IngestOptions(64 * 1024, Duration.ofSeconds(2), 1200));
        docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("public.md"), "# Rotate certificates\n\nRenew the ingress certificate with cert-manager.\n");
    }

    @AfterEach
    void tearDown() {
        kb.close();
    }

    private Path doc(String name, String text) throws IOException {
        return Files.writeString(Files.createDirectories(tmp.resolve("internal")).resolve(name), text);
    }

    private boolean found(String query, Audience audience, String marker) {
        return kb.search(query, 20, audience).stream().anyMatch(h -> h.chunk().text().contains(marker));
    }

    @Test
    void a_namespace_restricted_document_is_not_found_by_another_tenant() throws IOException {
        kb.ingest(doc("payroll.md", "# Payroll database\n\nThe payroll master password rotation: PAYROLL-RUNBOOK-7.\n").toString(),
                new Visibility(Set.of("payments"), Set.of()), p -> { });
        assertFalse(found("payroll master password rotation", tradeDeveloper, "PAYROLL-RUNBOOK-7"));
    }

    @Test
    void a_role_restricted_document_is_not_found_without_the_role() throws IOException {
        kb.ingest(doc("breakglass.md", "# Break-glass access\n\nUse the break-glass account BREAKGLASS-42 only in incidents.\n").toString(),
                new Visibility(Set.of(), Set.of("sre")), p -> { });
        assertFalse(found("break-glass account incidents", tradeDeveloper, "BREAKGLASS-42"));
    }

    @Test
    void front_matter_cannot_make_a_restricted_document_public() throws IOException {
        kb.ingest(doc("spoof.md", "---\nkubemate.visibility: \"\"\nvisibility: public\n---\n# Vault unseal\n\nUnseal keys: VAULT-UNSEAL-9.\n")
                .toString(), new Visibility(Set.of("payments"), Set.of()), p -> { });
        assertFalse(found("vault unseal keys", tradeDeveloper, "VAULT-UNSEAL-9"));
    }

    @Test
    void re_ingesting_unchanged_content_as_restricted_hides_its_public_copy() throws IOException {
        Path file = doc("ledger.md", "# Ledger\n\nLedger reconciliation secret procedure LEDGER-11.\n");
        kb.ingest(file.toString(), Visibility.PUBLIC, p -> { });
        kb.ingest(file.toString(), new Visibility(Set.of("payments"), Set.of()), p -> { });
        assertFalse(found("ledger reconciliation procedure", tradeDeveloper, "LEDGER-11"));
    }

    @Test
    void asking_for_many_results_does_not_reach_restricted_chunks() throws IOException {
        kb.ingest(doc("hr.md", "# HR\n\nSalary bands HR-BANDS-3.\n").toString(), new Visibility(Set.of("hr"), Set.of("hr-admin")), p -> { });
        assertTrue(kb.search("salary bands certificate ingress", 100, tradeDeveloper).stream()
                .noneMatch(h -> h.chunk().text().contains("HR-BANDS-3")));
    }

    @Test
    void a_reader_of_every_namespace_does_not_get_role_restricted_documents() throws IOException {
        kb.ingest(doc("sre.md", "# Pager\n\nPager escalation secrets SRE-PAGER-5.\n").toString(),
                new Visibility(Set.of(), Set.of("sre")), p -> { });
        assertFalse(found("pager escalation secrets", new Audience(false, true, Set.of(), Set.of()), "SRE-PAGER-5"));
    }

    @Test
    void the_right_people_and_public_documents_are_still_found() throws IOException {
        kb.ingest(docs.toString(), p -> { });
        kb.ingest(doc("payroll.md", "# Payroll database\n\nThe payroll master password rotation: PAYROLL-RUNBOOK-7.\n").toString(),
                new Visibility(Set.of("payments"), Set.of()), p -> { });
        assertTrue(found("rotate ingress certificate", tradeDeveloper, "cert-manager"));
        assertTrue(found("payroll master password rotation", new Audience(false, false, Set.of("payments"), Set.of()), "PAYROLL-RUNBOOK-7"));
        assertTrue(found("payroll master password rotation", Audience.EVERYTHING, "PAYROLL-RUNBOOK-7"));
        assertTrue(kb.search("payroll", 5, Audience.EVERYTHING).stream().map(h -> h.chunk().visibility()).toList()
                .contains(new Visibility(Set.of("payments"), Set.of())), "the visibility is stored with the chunk");
    }
}
