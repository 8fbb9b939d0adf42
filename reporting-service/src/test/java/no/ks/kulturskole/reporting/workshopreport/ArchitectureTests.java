package no.ks.kulturskole.reporting.workshopreport;

import no.ks.kulturskole.testsupport.ServiceArchitectureTests;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shared rules ({@link ServiceArchitectureTests}), and reporting's stricter two: the
 * read model is pure Java with nothing but itself, and the projections (application) know
 * neither Spring nor MongoDB, so a rebuild and a test run them as they are.
 */
class ArchitectureTests extends ServiceArchitectureTests {

	private static final String FEATURE = "no.ks.kulturskole.reporting.workshopreport";

	@Override
	protected String rootPackage() {
		return "no.ks.kulturskole.reporting";
	}

	@Test
	void theReadModelKnowsNothingButItselfAndJava() {
		classes().that()
			.resideInAPackage(FEATURE + ".model..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(FEATURE + ".model..", "java..", "no.ks.kulturskole.support.inbox")
			.because("the platform's inbox in memory (applied ids, sequence guard) is plain Java too")
			.check(serviceClasses());
	}

	@Test
	void theApplicationLayerIsFreeOfSpringAndMongo() {
		noClasses().that()
			.resideInAPackage(FEATURE + ".application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..")
			.check(serviceClasses());
	}

}
