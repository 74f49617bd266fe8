package org.openris.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.openris.RisApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module map is executable: Spring Modulith checks it, ArchUnit adds our own rules. */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openris");

    @Test
    void modules_have_no_cycles_and_use_only_each_others_public_api() {
        ApplicationModules.of(RisApplication.class).verify();
    }

    @Test
    void repositories_and_row_mappers_are_not_public() {
        classes().that().haveSimpleNameEndingWith("Repository").or().haveSimpleNameEndingWith("Entity")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void controllers_do_not_touch_the_database_directly() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .check(CLASSES);
    }

    @Test
    void controllers_are_not_public() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void only_the_visibility_gate_and_back_office_readers_build_visibility_sql() {
        noClasses().that().resideInAnyPackage("org.openris.portal..")
                .should().dependOnClassesThat().haveSimpleName("VisibilityRules")
                .check(CLASSES);
    }
}
