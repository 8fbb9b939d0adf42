package no.ks.kulturskole.registration;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape of the code: a domain model free of frameworks, features free of cycles. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("no.ks.kulturskole.registration");

	@Test
	void theDomainModelDependsOnNoFrameworkNorDatabase() {
		noClasses().that()
			.resideInAPackage("..model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "tools.jackson..",
					"com.fasterxml.jackson..", "jakarta..", "org.apache.kafka..", "io.micrometer..", "org.slf4j..")
			.check(CLASSES);
	}

	@Test
	void theDomainModelKnowsNothingOfTheLayersAroundIt() {
		noClasses().that()
			.resideInAPackage("..model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..application..", "..web..", "..infrastructure..")
			.check(CLASSES);
	}

	@Test
	void webControllersGoThroughTheApplicationLayerNotTheDatabase() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..infrastructure..", "org.springframework.data..", "com.mongodb..")
			.check(CLASSES);
	}

	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		slices().matching("no.ks.kulturskole.registration.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void layersWithinAFeatureDoNotDependOnEachOtherInCycles() {
		slices().matching("no.ks.kulturskole.registration.*.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
