package no.ks.kulturskole.reporting.workshopreport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Package by feature, and inside a feature: model, application, then the adapters. */
class ArchitectureTests {

	private static final String FEATURE = "no.ks.kulturskole.reporting.workshopreport";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("no.ks.kulturskole.reporting");

	@Test
	void theReadModelKnowsNeitherSpringNorMongoNorTheEventContracts() {
		classes().that()
			.resideInAPackage(FEATURE + ".model..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(FEATURE + ".model..", "java..")
			.check(this.classes);
	}

	@Test
	void theApplicationLayerIsFreeOfSpringAndMongo() {
		noClasses().that()
			.resideInAPackage(FEATURE + ".application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..")
			.check(this.classes);
	}

	@Test
	void adaptersAreReachedOnlyThroughTheApplicationLayer() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("web")
			.definedBy(FEATURE + ".web..")
			.layer("infrastructure")
			.definedBy(FEATURE + ".infrastructure..")
			.layer("application")
			.definedBy(FEATURE + ".application..")
			.layer("model")
			.definedBy(FEATURE + ".model..")
			.whereLayer("web")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("infrastructure")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("application")
			.mayOnlyBeAccessedByLayers("web", "infrastructure")
			.check(this.classes);
	}

	@Test
	void everyClassBelongsToAFeatureOrIsTheApplicationItself() {
		classes().that()
			.resideOutsideOfPackage(FEATURE + "..")
			.should()
			.haveSimpleName("ReportingApplication")
			.check(this.classes);
	}

}
