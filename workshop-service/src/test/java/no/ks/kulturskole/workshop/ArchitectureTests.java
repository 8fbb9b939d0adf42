package no.ks.kulturskole.workshop;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

@AnalyzeClasses(packages = "no.ks.kulturskole.workshop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule theDomainModelKnowsNothingOfSpringMongoOrTheWeb = noClasses().that()
		.resideInAPackage("..model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "jakarta..", "tools.jackson..",
				"com.fasterxml..", "io.swagger..", "org.apache.kafka..", "no.ks.kulturskole.contracts..");

	@ArchTest
	static final ArchRule everyClassLivesInALayerOfItsFeature = classes().that()
		.resideOutsideOfPackage("no.ks.kulturskole.workshop")
		.should()
		.resideInAnyPackage("no.ks.kulturskole.workshop.*.model..", "no.ks.kulturskole.workshop.*.application..",
				"no.ks.kulturskole.workshop.*.web..", "no.ks.kulturskole.workshop.*.infrastructure..");

	@ArchTest
	static final ArchRule layersDependInwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("Web")
		.definedBy("..web..")
		.layer("Infrastructure")
		.definedBy("..infrastructure..")
		.layer("Application")
		.definedBy("..application..")
		.layer("Model")
		.definedBy("..model..")
		.whereLayer("Web")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Infrastructure")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Application")
		.mayOnlyBeAccessedByLayers("Web", "Infrastructure")
		.whereLayer("Model")
		.mayOnlyBeAccessedByLayers("Application", "Web", "Infrastructure");

}
