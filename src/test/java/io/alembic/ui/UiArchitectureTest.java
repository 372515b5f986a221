package io.alembic.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The UI talks to the case through io.alembic.casefile only: no SQL, no Lucene. */
class UiArchitectureTest {
    @Test
    void uiDoesNotTouchStorageOrIndexLibraries() {
        JavaClasses ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.alembic.ui");
        noClasses().that().resideInAPackage("io.alembic.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.lucene..", "org.sqlite..")
                .check(ui);
    }
}
