package io.alembic.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering the guide asks for, enforced from day one so it cannot drift. */
@AnalyzeClasses(packages = "io.alembic", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    @ArchTest
    static final ArchRule uiHoldsNoSqlOrLucene = noClasses().that().resideInAPackage("io.alembic.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.lucene..", "org.sqlite..",
                    "io.alembic.index..");

    @ArchTest
    static final ArchRule detectIsFreeOfStorageAndUi = noClasses().that().resideInAPackage("io.alembic.detect..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.lucene..", "org.sqlite..",
                    "javafx..", "io.alembic.store..", "io.alembic.index..", "io.alembic.ui..")
            .allowEmptyShould(true);   // the detect package arrives with the detectors issue

    @ArchTest
    static final ArchRule storeAndIndexDoNotKnowEachOther = noClasses().that().resideInAPackage("io.alembic.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.alembic.index..", "org.apache.lucene..");

    @ArchTest
    static final ArchRule indexHoldsNoSql = noClasses().that().resideInAPackage("io.alembic.index..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.alembic.store..");

    @ArchTest
    static final ArchRule lowerLayersNeverReachUp = noClasses().that()
            .resideInAnyPackage("io.alembic.bundle..", "io.alembic.store..", "io.alembic.index..", "io.alembic.casefile..", "io.alembic.detect..")
            .should().dependOnClassesThat().resideInAnyPackage("io.alembic.ui..", "io.alembic.cli..", "javafx..");

    @ArchTest
    static final ArchRule onlyCliAndBenchWriteToStandardStreams = noClasses().that()
            .resideOutsideOfPackages("io.alembic.cli..", "io.alembic.bench..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.alembic.(*)..").should().beFreeOfCycles();
}
