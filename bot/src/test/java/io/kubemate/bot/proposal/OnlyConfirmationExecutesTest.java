package io.kubemate.bot.proposal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.kubemate.tools.actions.Action;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Invariant 1, structurally: nothing but a person's confirmation reaches {@code Action.execute}. */
class OnlyConfirmationExecutesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kubemate");

    @Test
    void only_plan_as_user_calls_action_execute() {
        noClasses().that().doNotHaveFullyQualifiedName(PlanAsUser.class.getName())
                .should().callMethodWhere(target(name("execute"))
                        .and(target(owner(DescribedPredicate.describe("an Action", type -> type.isAssignableTo(Action.class))))))
                .check(CLASSES);
    }

    @Test
    void only_the_confirmation_service_executes_a_plan() {
        methods().that().areDeclaredIn(PlanAsUser.class).and().haveName("execute")
                .should().onlyBeCalled().byClassesThat().haveFullyQualifiedName(ConfirmationService.class.getName())
                .check(CLASSES);
    }

    @Test
    void the_language_model_path_cannot_reach_a_confirmation() {
        noClasses().that().resideInAPackage("io.kubemate.bot.llm..")
                .should().dependOnClassesThat().haveFullyQualifiedName(ConfirmationService.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ProposalStore.class.getName())
                .check(CLASSES);
    }
}
