package io.kubemate.bot;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Design §2: tools, knowledge and connectors never import each other nor the bot. */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kubemate");

    @Test
    void tools_depend_on_no_other_module_of_ours() {
        noClasses().that().resideInAPackage("io.kubemate.tools..")
                .should().dependOnClassesThat().resideInAnyPackage("io.kubemate.knowledge..", "io.kubemate.connectors..",
                        "io.kubemate.bot..", "io.kubemate.evals..")
                .check(CLASSES);
    }

    @Test
    void knowledge_depends_on_no_other_module_of_ours() {
        noClasses().that().resideInAPackage("io.kubemate.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("io.kubemate.tools..", "io.kubemate.connectors..",
                        "io.kubemate.bot..", "io.kubemate.evals..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void connectors_depend_on_no_other_module_of_ours() {
        noClasses().that().resideInAPackage("io.kubemate.connectors..")
                .should().dependOnClassesThat().resideInAnyPackage("io.kubemate.tools..", "io.kubemate.knowledge..",
                        "io.kubemate.bot..", "io.kubemate.evals..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void the_modules_do_not_know_the_llm() {
        noClasses().that().resideInAnyPackage("io.kubemate.tools..", "io.kubemate.connectors..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(CLASSES);
    }

    /** The knowledge base embeds text with langchain4j's in-process ONNX models (design §2), and nothing else of it. */
    @Test
    void knowledge_uses_langchain4j_only_for_embeddings() {
        noClasses().that().resideInAPackage("io.kubemate.knowledge..")
                .should().dependOnClassesThat(DescribedPredicate.describe("langchain4j beyond embeddings",
                        (JavaClass c) -> c.getPackageName().startsWith("dev.langchain4j")
                                && !c.getPackageName().startsWith("dev.langchain4j.model.embedding")
                                && !c.getPackageName().equals("dev.langchain4j.data.embedding")
                                && !c.getPackageName().equals("dev.langchain4j.data.segment")
                                && !c.getPackageName().equals("dev.langchain4j.model.output")))
                .check(CLASSES);
    }
}
