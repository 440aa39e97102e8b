package org.communityorganising.pathways;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.communityorganising.pathways.base.ui.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The package-by-feature rules of docs/architecture.md, checked on every build. */
class ArchitectureTest {

    private static final String ROOT = "org.communityorganising.pathways";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /**
     * Rows are read by column name: a column added to a query cannot shift the others. The
     * exceptions: an export section, which turns every column into text whatever the columns are,
     * and the name-based mapper itself ({@code Rows}), which reads at the position it has just
     * found by the column's name.
     */
    @Test
    void noRowIsReadByColumnPosition() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(ROOT + ".base.PersonalDataSql")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".base.Rows$ByName")
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a ResultSet getter given a column position",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getTargetOwner()
                                        .isAssignableTo(java.sql.ResultSet.class)
                                && call.getName().startsWith("get")
                                && !call.getTarget().getRawParameterTypes().isEmpty()
                                && call.getTarget()
                                        .getRawParameterTypes()
                                        .getFirst()
                                        .isEquivalentTo(int.class)))
                .check(CLASSES);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    /**
     * A feature's screens are its own. The exception is a UI package the feature publishes as its
     * Modulith named interface (attendance's summary of "my" courses, shown on home and my path).
     */
    @Test
    void aFeaturesUiIsUsedOnlyInsideThatFeature() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".(*).ui..")
                .and()
                .resideOutsideOfPackage(ROOT + ".base..")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are not published as a named interface",
                        (com.tngtech.archunit.core.domain.JavaClass type) ->
                                !type.getPackage().isAnnotatedWith(org.springframework.modulith.NamedInterface.class)))
                .should(onlyBeUsedInsideTheirFeature())
                .check(CLASSES);
    }

    @Test
    void theFeaturesDependOnEachOtherWithoutCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching(ROOT + ".(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void baseIsAKernelThatDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".base..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage(ROOT + "..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(ROOT + ".base..")))
                .check(CLASSES);
    }

    @Test
    void noFeatureKnowsTheAuditTrailWhichOnlyListensToTheirEvents() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".audit..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".audit..")
                .check(CLASSES);
    }

    @Test
    void repositoriesArePrivateToTheirFeature() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void everyServiceIsGuarded() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void everyViewSaysWhoMayOpenIt() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .or()
                .areAnnotatedWith(Layout.class)
                .or()
                .implement(HasErrorParameter.class)
                .should()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    /**
     * Date and time pickers are made by {@code Pickers}, which gives them the person's language:
     * one made anywhere else would show English month names to a Welsh speaker.
     */
    @Test
    void everyPickerIsMadeInThePersonsLanguage() {
        classes()
                .that()
                .doNotHaveFullyQualifiedName(ROOT + ".base.ui.Pickers")
                .should(notMake(DatePicker.class, TimePicker.class))
                .check(CLASSES);
    }

    /** Every upload gets its texts in the person's language from {@code Uploads}. */
    @Test
    void everyUploadSpeaksThePersonsLanguage() {
        classes()
                .should(new ArchCondition<>("localise every upload they make") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        boolean makesOne =
                                constructions(javaClass).anyMatch(owner -> owner.isAssignableTo(Upload.class));
                        boolean localises = javaClass.getMethodCallsFromSelf().stream()
                                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Uploads.class)
                                        && call.getName().equals("localised"));
                        if (makesOne && !localises) {
                            events.add(SimpleConditionEvent.violated(
                                    javaClass, javaClass.getName() + " makes an Upload without Uploads.localised"));
                        }
                    }
                })
                .check(CLASSES);
    }

    /** Neither calls nor refers to (Foo::new) a constructor of these classes. */
    private static ArchCondition<JavaClass> notMake(Class<?>... made) {
        return new ArchCondition<>("not make any of " + java.util.Arrays.toString(made)) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                constructions(javaClass)
                        .filter(owner -> java.util.Arrays.stream(made).anyMatch(owner::isAssignableTo))
                        .forEach(owner -> events.add(SimpleConditionEvent.violated(
                                javaClass, javaClass.getName() + " makes a " + owner.getSimpleName())));
            }
        };
    }

    /** The classes whose constructors this class calls or refers to. */
    private static java.util.stream.Stream<JavaClass> constructions(JavaClass javaClass) {
        return java.util.stream.Stream.concat(
                javaClass.getConstructorCallsFromSelf().stream().map(call -> call.getTargetOwner()),
                javaClass.getConstructorReferencesFromSelf().stream().map(reference -> reference.getTargetOwner()));
    }

    private static ArchCondition<JavaClass> onlyBeUsedInsideTheirFeature() {
        return new ArchCondition<>("only be used inside their feature") {
            @Override
            public void check(JavaClass uiClass, ConditionEvents events) {
                String feature = feature(uiClass.getPackageName());
                uiClass.getDirectDependenciesToSelf().forEach(dependency -> {
                    String origin = dependency.getOriginClass().getPackageName();
                    if (!feature(origin).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    /** "org.communityorganising.pathways.chapter.ui" → "chapter". */
    private static String feature(String packageName) {
        String rest = packageName.length() > ROOT.length() ? packageName.substring(ROOT.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
