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

    /** The generator is the adversary: detectors that know it would only measure it against itself. */
    @ArchTest
    static final ArchRule detectorsAndGeneratorDoNotKnowEachOther = noClasses().that().resideInAPackage("io.alembic.detect..")
            .should().dependOnClassesThat().resideInAPackage("io.alembic.sample..");

    @ArchTest
    static final ArchRule generatorDoesNotKnowTheDetectors = noClasses().that().resideInAPackage("io.alembic.sample..")
            .should().dependOnClassesThat().resideInAPackage("io.alembic.detect..");

    /** Format readers turn files into records; they know nothing of cases, stores, indexes or screens. */
    @ArchTest
    static final ArchRule formatReadersStayBelowTheCase = noClasses().that().resideInAPackage("io.alembic.bundle..")
            .should().dependOnClassesThat().resideInAnyPackage("io.alembic.casefile..", "io.alembic.store..", "io.alembic.index..",
                    "io.alembic.ui..", "io.alembic.cli..", "io.alembic.sample..", "io.alembic.bench..", "io.alembic.report..");

    /** Foreign-format readers turn files into native lines below the case: no case, store, index, screen or command line. */
    @ArchTest
    static final ArchRule foreignFormatReadersStayBelowTheCase = noClasses().that().resideInAPackage("io.alembic.formats..")
            .should().dependOnClassesThat().resideInAnyPackage("io.alembic.casefile..", "io.alembic.store..", "io.alembic.index..",
                    "io.alembic.ui..", "io.alembic.cli..", "io.alembic.detect..", "io.alembic.sample..", "io.alembic.bench..",
                    "io.alembic.report..", "io.alembic.export..", "java.sql..", "org.sqlite..", "org.apache.lucene..", "javafx..",
                    "java.net..");

    /**
     * Exhibits are made from what the case already holds (casefile services, store records, timelines, detection
     * results) and are made the same from the CLI and the GUI: no screens, no SQL or index of their own.
     */
    @ArchTest
    static final ArchRule reportsReadTheCaseAndKnowNoScreens = noClasses().that().resideInAPackage("io.alembic.report..")
            .should().dependOnClassesThat().resideInAnyPackage("io.alembic.ui..", "io.alembic.cli..", "javafx..", "io.alembic.index..",
                    "java.sql..", "org.sqlite..", "org.apache.lucene..", "io.alembic.sample..", "io.alembic.bench..");

    /** The case never depends on its exhibits: verify re-checks them from the audit log alone. */
    @ArchTest
    static final ArchRule theCaseDoesNotKnowItsReports = noClasses().that()
            .resideInAnyPackage("io.alembic.casefile..", "io.alembic.store..", "io.alembic.timeline..", "io.alembic.detect..", "io.alembic.bundle..")
            .should().dependOnClassesThat().resideInAPackage("io.alembic.report..");

    /**
     * Exports turn records and verdicts into files; which records, and reading them, is the case's job (casefile),
     * so the writers hold no SQL, no Lucene and no screen, and never reach back into the case.
     */
    @ArchTest
    static final ArchRule exportWritersStayBelowTheCase = noClasses().that().resideInAPackage("io.alembic.export..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.apache.lucene..", "javafx..",
                    "io.alembic.casefile..", "io.alembic.store..", "io.alembic.index..", "io.alembic.ui..", "io.alembic.cli..",
                    "io.alembic.sample..", "io.alembic.bench..");

    /** The screens and the command line export through the case (Case.export), never by driving a writer themselves. */
    @ArchTest
    static final ArchRule onlyTheCaseRunsExportJobs = noClasses().that().resideOutsideOfPackages("io.alembic.export..", "io.alembic.casefile..")
            .should().dependOnClassesThat().haveSimpleName("ExportJob");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.alembic.(*)..").should().beFreeOfCycles();
}
