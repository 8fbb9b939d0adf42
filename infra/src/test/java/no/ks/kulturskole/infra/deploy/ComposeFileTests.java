package no.ks.kulturskole.infra.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} cannot be started here (no Docker engine), so it is checked:
 * against the Compose Specification's JSON Schema, and against what issue 15 asks of it
 * ({@link ComposeRules}). The same rules run on the file as it was before, to show that
 * they see its faults.
 */
class ComposeFileTests {

	private static final Path ROOT = Path.of("..");

	@Test
	void theComposeFileIsValidComposeSpecification() throws IOException {
		// its $id is relative: anchor it where the specification publishes it
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
			.getSchema(SchemaLocation.of("https://raw.githubusercontent.com/compose-spec/compose-spec/main/schema/"),
					new ObjectMapper().readTree(ROOT.resolve("deploy/specs/compose-spec.json").toFile()));

		Set<ValidationMessage> errors = schema.validate(asJson(load(ROOT.resolve("docker-compose.yml"))));

		assertThat(errors).isEmpty();
	}

	@Test
	void theComposeFileKeepsWhatItPromises() throws IOException {
		assertThat(ComposeRules.violations(load(ROOT.resolve("docker-compose.yml")))).isEmpty();
	}

	@Test
	void theOnlyPublishedPortsAreTheGatewayAndTheMailCatchersPageOnLoopback() throws IOException {
		Map<String, Object> services = ComposeRules.map(load(ROOT.resolve("docker-compose.yml")).get("services"));

		assertThat(services).hasEntrySatisfying("gateway",
				(gateway) -> assertThat(
						ComposeRules.list(ComposeRules.map(gateway).get("ports")).stream().map(String::valueOf))
					.containsExactly("8080:8080"));
		assertThat(services.entrySet()
			.stream()
			.filter((service) -> ComposeRules.map(service.getValue()).containsKey("ports"))
			.map(Map.Entry::getKey)).containsExactlyInAnyOrder("gateway", "mail");
	}

	@Test
	void theRulesFindTheFaultsOfTheFileAsItWasBefore() throws IOException {
		List<String> violations = ComposeRules
			.violations(load(Path.of("src/test/resources/deploy/compose-before-issue-15.yml")));

		assertThat(violations).contains("kafka keeps its data outside its volume (KAFKA_LOG_DIRS=null)",
				"kafka sets retention broker-wide (dead letters would be kept like domain topics)",
				"kafka publishes 9092:9092", "mongodb publishes 27017:27017", "workshop-service publishes 8081:8081",
				"mongodb runs without a replica set keyFile", "mongodb's healthcheck initiates the replica set",
				"no one-shot service initiates the replica set", "workshop-service has no healthcheck",
				"gateway depends on services without waiting for them to be healthy",
				"gateway runs a bind-mounted jar: ./gateway/target/gateway.jar:/app/app.jar:ro",
				"workshop-service gets the secret SECRET_SEAL_KEY in its environment, not as a file",
				"kafka has no memory limit");
		assertThat(violations).anyMatch((violation) -> violation.startsWith("kafka does not advertise"));
	}

	@Test
	void everySecretTheServicesMountIsDeclaredAsAFileMadeByTheScript() throws IOException {
		Map<String, Object> compose = load(ROOT.resolve("docker-compose.yml"));
		Map<String, Object> secrets = ComposeRules.map(compose.get("secrets"));
		String script = Files.readString(ROOT.resolve("deploy/compose/make-secrets.sh"));

		assertThat(secrets).allSatisfy((name, secret) -> {
			assertThat(ComposeRules.map(secret).get("file")).isEqualTo("./deploy/compose/secrets/" + name);
			// per service in the script's loop over the four services
			String made = name.replaceFirst("^(workshop|registration|notification|reporting)-", "\"\\$service-");
			assertThat(script).as(name).contains("make " + made);
		});
		ComposeRules.map(compose.get("services"))
			.values()
			.forEach((service) -> ComposeRules.list(ComposeRules.map(service).get("secrets"))
				.forEach((mounted) -> assertThat(secrets).containsKey((mounted instanceof Map<?, ?> longSyntax)
						? String.valueOf(longSyntax.get("source")) : String.valueOf(mounted))));
	}

	@Test
	void theGatewayGetsTheTokenKeyAndEveryServiceItsPublicHalfAsTheFilesTheirPropertiesRead() throws IOException {
		Map<String, Object> services = ComposeRules.map(load(ROOT.resolve("docker-compose.yml")).get("services"));
		for (String application : List.of("gateway", "workshop-service", "registration-service", "notification-service",
				"reporting-service")) {
			boolean gateway = application.equals("gateway");
			Map<String, Object> expected = gateway
					? Map.of("source", "token-private-key", "target", "platform.gateway.tokens.private-key")
					: Map.of("source", "token-public-key", "target", "platform.security.tokens.public-key");
			assertThat(ComposeRules.list(ComposeRules.map(services.get(application)).get("secrets"))).as(application)
				.contains(expected);
		}
	}

	static Map<String, Object> load(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file)) {
			return new Yaml().load(reader);
		}
	}

	private static JsonNode asJson(Map<String, Object> yaml) {
		return new ObjectMapper().valueToTree(yaml);
	}

}
