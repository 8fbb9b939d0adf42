package no.ks.kulturskole.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

	/**
	 * The count above sees only records annotated to read leniently; a copy without the
	 * annotation read as a service's answer is a copy all the same. A record's class
	 * literal ({@code .body(X.class)}, {@code bodyTo(X.class)}, a helper's
	 * {@code get(path, X.class)}) or {@code ParameterizedTypeReference<X>} is how JSON is
	 * read into it, so no record the gateway declares appears as either (its
	 * configuration properties aside, which Boot binds).
	 */
	@Test
	void noGatewayRecordIsReadFromAServicesAnswer() throws IOException {
		Set<String> gatewayRecords = GATEWAY.stream()
			.filter(JavaClass::isRecord)
			.filter((record) -> !record
				.isAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties"))
			.map(JavaClass::getSimpleName)
			.collect(Collectors.toSet());

		assertThat(answersReadAs(gatewayRecords, statements(SOURCES)))
			.as("gateway records read from a service's answer")
			.isEmpty();
	}

	/**
	 * No request body is a {@code Map} built by hand ({@code Map.of},
	 * {@code new LinkedHashMap}, or a variable holding one) passed to a request's
	 * {@code .body(...)} or to StaffApi's {@code post}/{@code put} helpers: the
	 * producers' request records say what a service reads.
	 */
	@Test
	void noRequestBodyIsAMapBuiltByHand() throws IOException {
		assertThat(mapBodies(statements(SOURCES))).as("request bodies built as maps").isEmpty();
	}

	/**
	 * The scans find what they forbid, in the shapes the evaluation pages had before
	 * issue 18 moved them, so that the two tests above can fail.
	 */
	@Test
	void theScansFindTheCopiesAndMapBodiesTheyForbid() {
		List<Statement> before = statements(Path.of("Before.java"), """
				Results results = get("/api/workshops/{id}/evaluation/results", Results.class, id);
				Form form = ManageApi.exchange(client.get().uri("/api/public/evaluations/{token}", token), Form.class);
				List<Row> rows = client.get().uri("/x").retrieve().body(new ParameterizedTypeReference<List<Row>>() {});
				Erasure erasure = client.get().uri("/api/privacy/erasures/{id}", id).retrieve().body(Erasure.class);
				Map<String, Object> question = new LinkedHashMap<>();
				client.post().uri("/api/x").body(question);
				client.post().uri("/api/public/evaluations/{token}", token).body(Map.of("answers", answers));
				Outcome outcome = this.api.put(this.api.registrationService(), "/api/x",
						Map.of("questions", questions), id);
				return ResponseEntity.ok().body(Map.of("fine", "an answer of the gateway's own"));
				""");

		assertThat(answersReadAs(Set.of("Results", "Form", "Row", "Erasure"), before))
			.containsExactly("Before.java: Results", "Before.java: Form", "Before.java: Row", "Before.java: Erasure");
		assertThat(mapBodies(before)).hasSize(3)
			.anySatisfy((body) -> assertThat(body).contains(".body(question)"))
			.anySatisfy((body) -> assertThat(body).contains("Map.of(\"answers\""))
			.anySatisfy((body) -> assertThat(body).contains("this.api.put("));
	}

	/** {@code X.class} or {@code ParameterizedTypeReference<X>}. */
	private static final Pattern ANSWER_TYPE = Pattern
		.compile("\\b([A-Z]\\w*)\\.class\\b|ParameterizedTypeReference<([\\w<>,.\\s]+)>");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Z]\\w*");

	/** StaffApi's helpers, which put their third argument in the request's body. */
	private static final Pattern HELPER = Pattern.compile("\\.api\\.(post|put)\\(");

	private static final Pattern MAP_LITERAL = Pattern
		.compile("Map\\.of\\(|Map\\.ofEntries\\(|new (Linked)?HashMap<|new TreeMap<");

	private static final Pattern MAP_VARIABLE = Pattern.compile("\\bMap<[^;=]*>\\s+(\\w+)\\s*=");

	private static final Path SOURCES = Path.of("src/main/java/no/ks/kulturskole/gateway");

	/**
	 * One statement of a source file (up to its {@code ;}, on one line), with the file's
	 * map variables.
	 */
	private record Statement(Path file, String text, Set<String> mapVariables) {
	}

	/** Where one of {@code types} is a class literal or a type reference's type. */
	private static List<String> answersReadAs(Set<String> types, List<Statement> statements) {
		List<String> reads = new ArrayList<>();
		for (Statement statement : statements) {
			Matcher found = ANSWER_TYPE.matcher(statement.text());
			while (found.find()) {
				Matcher names = IDENTIFIER.matcher((found.group(1) != null) ? found.group(1) : found.group(2));
				while (names.find()) {
					if (types.contains(names.group())) {
						reads.add(statement.file() + ": " + names.group());
					}
				}
			}
		}
		return reads;
	}

	/** The requests (a chain with a URI, or StaffApi's helpers) whose body is a map. */
	private static List<String> mapBodies(List<Statement> statements) {
		List<String> bodies = new ArrayList<>();
		for (Statement statement : statements) {
			String text = statement.text();
			boolean request = text.contains(".uri(") && text.contains(".body(") || HELPER.matcher(text).find();
			boolean map = MAP_LITERAL.matcher(text).find() || statement.mapVariables()
				.stream()
				.anyMatch((name) -> Pattern.compile("(\\.body\\(|,\\s*)" + name + "\\b").matcher(text).find());
			if (request && map) {
				bodies.add(statement.file() + ": " + text.strip());
			}
		}
		return bodies;
	}

	private static List<Statement> statements(Path sources) throws IOException {
		List<Statement> statements = new ArrayList<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				statements.addAll(statements(sources.relativize(file), Files.readString(file)));
			}
		}
		return statements;
	}

	private static List<Statement> statements(Path file, String source) {
		String code = source.replaceAll("(?m)^\\s*(\\*|//).*$", "");
		Set<String> maps = new HashSet<>();
		Matcher variables = MAP_VARIABLE.matcher(code);
		while (variables.find()) {
			maps.add(variables.group(1));
		}
		List<Statement> statements = new ArrayList<>();
		for (String text : code.split(";")) {
			statements.add(new Statement(file, text.replaceAll("\\s+", " "), maps));
		}
		return statements;
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
