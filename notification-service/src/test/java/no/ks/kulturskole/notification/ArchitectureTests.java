package no.ks.kulturskole.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "no.ks.kulturskole.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule theDomainModelKnowsNoFrameworks = noClasses().that()
		.resideInAPackage("..model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.thymeleaf..", "jakarta.mail..", "org.bson..", "com.mongodb..",
				"tools.jackson..", "org.apache.kafka..")
		.because("the model is plain Java that any adapter can use");

	@ArchTest
	static final ArchRule theModelDependsOnNothingAroundIt = noClasses().that()
		.resideInAPackage("..model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..application..", "..infrastructure..", "..web..");

	@ArchTest
	static final ArchRule useCasesDoNotReachIntoAdapters = noClasses().that()
		.resideInAPackage("..application..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..infrastructure..", "..web..", "org.springframework.data..", "org.springframework.mail..",
				"jakarta.mail..", "org.thymeleaf..");

	@ArchTest
	static final ArchRule theWebLayerUsesUseCasesNotAdapters = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..infrastructure..");

	@ArchTest
	static final ArchRule featuresDoNotDependInCycles = slices().matching("no.ks.kulturskole.notification.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule sendingMailKnowsNothingOfWhySomethingIsSent = noClasses().that()
		.resideInAPackage("no.ks.kulturskole.notification.mail..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("no.ks.kulturskole.notification.confirmation..");

}
