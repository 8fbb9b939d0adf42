package no.ks.kulturskole.notification;

import no.ks.kulturskole.testsupport.ServiceArchitectureTests;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shared rules ({@link ServiceArchitectureTests}), and two of notification's own: the
 * use cases know no mail or template library, and sending mail knows nothing of why a
 * mail is sent.
 */
class ArchitectureTests extends ServiceArchitectureTests {

	@Override
	protected String rootPackage() {
		return "no.ks.kulturskole.notification";
	}

	@Test
	void useCasesDoNotReachIntoAdapters() {
		noClasses().that()
			.resideInAPackage("..application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data..", "org.springframework.mail..", "jakarta.mail..",
					"org.thymeleaf..")
			.check(serviceClasses());
	}

	@Test
	void sendingMailKnowsNothingOfWhySomethingIsSent() {
		noClasses().that()
			.resideInAPackage("no.ks.kulturskole.notification.mail..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("no.ks.kulturskole.notification.confirmation..")
			.check(serviceClasses());
	}

}
