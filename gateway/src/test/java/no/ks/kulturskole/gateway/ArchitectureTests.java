package no.ks.kulturskole.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "no.ks.kulturskole.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesDoNotDependOnEachOtherInCycles = slices()
		.matching("no.ks.kulturskole.gateway.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule onlyTheSecurityPackageKnowsSpringSecurity = noClasses().that()
		.resideOutsideOfPackage("..gateway.security..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.security..");

}
