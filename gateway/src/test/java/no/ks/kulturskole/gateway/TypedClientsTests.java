package no.ks.kulturskole.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the gateway speaks to the services through their producer-owned contracts
 * ({@code workshop-api}, {@code registration-api}, web-support's {@code Problem}), not
 * through copies of them: a copy drifts, and the drift shows as a 400 at run time instead
 * of a compile error.
 */
class TypedClientsTests {

	private static final JavaClasses GATEWAY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("no.ks.kulturskole.gateway");

	private static final JavaClasses CONTRACTS = new ClassFileImporter().importPackages("no.ks.kulturskole.api",
			"no.ks.kulturskole.web");

	/**
	 * 56 before issue 18's responses moved; 45 once registration-api's public answers and
	 * staff delegation reads replaced theirs; 42 with reporting-api's coverage; 36 with
	 * workshop-api's staff workshop; 26 with reporting-api's workshop report; 25 with
	 * registration-api's conflicts; 17 with the pilot overview and the meeting report; 11
	 * with workshop-api's public workshop (its questions the published language's
	 * RegistrationQuestion, the pages' FormQuestion a view built from it); 10 with
	 * registration-api's answers to the extra questions; 9 with the pilot selection's
	 * closing; 1 with the staff questions (workshop-api), answers and certificate look-up
	 * (registration-api), notification-api's mail log and web-support's dead letters; 0
	 * with registration-api's retention.
	 */
	private static final int MAX_COPIES = 0;

	@Test
	void theGatewayDeclaresNoRecordNamedLikeAContractRecord() {
		Set<String> contractRecords = CONTRACTS.stream()
			.filter(JavaClass::isRecord)
			.map(JavaClass::getSimpleName)
			.collect(Collectors.toSet());
		assertThat(contractRecords).contains("ScheduleWorkshopRequest", "MoveRequest", "Problem",
				"RegistrationResponse", "ManagedDelegationView");

		List<String> copies = GATEWAY.stream()
			.filter(JavaClass::isRecord)
			.filter((record) -> contractRecords.contains(record.getSimpleName()))
			.map(JavaClass::getName)
			.toList();

		assertThat(copies).as("gateway records that copy a contract record").isEmpty();
	}

	/**
	 * No page builds a request body by hand: the public registration and the manage
	 * page's answers are registration-api's records too.
	 */
	@Test
	void noPageBuildsABodyByHand() throws IOException {
		assertThat(handBuiltFields(Path.of("src/main/java/no/ks/kulturskole/gateway"))).isZero();
	}

	/**
	 * The gateway's own copies of the services' answers (records it reads leniently),
	 * counted so that the number only goes down as the answers move to the producers'
	 * -api modules.
	 */
	@Test
	void theGatewayKeepsFewerCopiesOfTheServicesAnswers() {
		List<String> copies = GATEWAY.stream()
			.filter(JavaClass::isRecord)
			.filter((record) -> record.isAnnotatedWith(JsonIgnoreProperties.class))
			.map(JavaClass::getName)
			.toList();

		assertThat(copies).as("gateway records that copy a service's answer").hasSizeLessThanOrEqualTo(MAX_COPIES);
	}

	private static long handBuiltFields(Path sources) throws IOException {
		try (Stream<Path> files = Files.walk(sources)) {
			return files.filter((file) -> file.toString().endsWith(".java")).mapToLong((file) -> {
				try {
					return Files.readAllLines(file).stream().filter((line) -> line.contains("body.put(")).count();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).sum();
		}
	}

}
