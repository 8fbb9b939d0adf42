package no.ks.kulturskole.infra.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@code docker-compose.yml} promises beyond being valid Compose (issue 15), as
 * checks that name each broken promise. Kept apart from the test so that the same checks
 * can be shown to catch the faults of the file as it was before.
 */
final class ComposeRules {

	/** Published on the host: the gateway, and the mail catcher's page for demos. */
	static final Map<String, Set<String>> PUBLISHED = Map.of("gateway", Set.of("8080:8080"), "mail",
			Set.of("127.0.0.1:8025:8025"));

	private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY|TOKEN).*");

	private ComposeRules() {
	}

	static List<String> violations(Map<String, Object> compose) {
		List<String> violations = new ArrayList<>();
		Map<String, Object> services = map(compose.get("services"));
		services.forEach((name, definition) -> service(name, map(definition), violations));
		kafka(map(services.get("kafka")), map(compose.get("volumes")), violations);
		mongo(services, violations);
		return violations;
	}

	private static void service(String name, Map<String, Object> service, List<String> violations) {
		Set<String> allowed = PUBLISHED.getOrDefault(name, Set.of());
		for (Object port : list(service.get("ports"))) {
			if (!allowed.contains(String.valueOf(port))) {
				violations.add(name + " publishes " + port);
			}
		}
		boolean oneShot = "no".equals(String.valueOf(service.get("restart")));
		if (!oneShot && service.get("healthcheck") == null) {
			violations.add(name + " has no healthcheck");
		}
		Object dependsOn = service.get("depends_on");
		if (dependsOn instanceof List<?>) {
			violations.add(name + " depends on services without waiting for them to be healthy");
		}
		map(dependsOn).forEach((dependency, condition) -> {
			Object wanted = map(condition).get("condition");
			if (!"service_healthy".equals(wanted) && !"service_completed_successfully".equals(wanted)) {
				violations.add(name + " starts without " + dependency + " being healthy (" + wanted + ")");
			}
		});
		for (Object volume : list(service.get("volumes"))) {
			if (String.valueOf(volume).contains(".jar")) {
				violations.add(name + " runs a bind-mounted jar: " + volume);
			}
		}
		if (String.valueOf(service.get("command")).contains("-jar")) {
			violations.add(name + " runs java -jar instead of an image");
		}
		Object memory = map(map(map(service.get("deploy")).get("resources")).get("limits")).get("memory");
		if (memory == null && service.get("mem_limit") == null) {
			violations.add(name + " has no memory limit");
		}
		map(service.get("environment")).forEach((variable, value) -> {
			if (SECRET_NAME.matcher(variable).matches() && !variable.endsWith("_FILE") && value != null
					&& !String.valueOf(value).isEmpty()) {
				violations.add(name + " gets the secret " + variable + " in its environment, not as a file");
			}
		});
		if (String.valueOf(service.get("image")).startsWith("kulturskole/")
				&& !Boolean.TRUE.equals(service.get("read_only"))) {
			violations.add(name + " has a writable root filesystem");
		}
	}

	private static void kafka(Map<String, Object> kafka, Map<String, Object> namedVolumes, List<String> violations) {
		Map<String, Object> environment = map(kafka.get("environment"));
		String logDirs = Objects.toString(environment.get("KAFKA_LOG_DIRS"), null);
		boolean onVolume = logDirs != null && list(kafka.get("volumes")).stream().map(String::valueOf).anyMatch((v) -> {
			String[] parts = v.split(":");
			return parts.length >= 2 && namedVolumes.containsKey(parts[0]) && parts[1].equals(logDirs);
		});
		if (!onVolume) {
			violations.add("kafka keeps its data outside its volume (KAFKA_LOG_DIRS=" + logDirs + ")");
		}
		String advertised = Objects.toString(environment.get("KAFKA_ADVERTISED_LISTENERS"), "");
		if (!advertised.contains("//kafka:")
				|| !(advertised.contains("//localhost:") || advertised.contains("//127.0.0.1:"))) {
			violations.add("kafka does not advertise a listener for inside (kafka:) and one for outside (localhost:): "
					+ advertised);
		}
		if (!"false".equals(String.valueOf(environment.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")))) {
			violations.add("kafka creates topics on first use");
		}
		if (environment.containsKey("KAFKA_LOG_RETENTION_MS") || environment.containsKey("KAFKA_LOG_RETENTION_HOURS")) {
			violations.add("kafka sets retention broker-wide (dead letters would be kept like domain topics)");
		}
	}

	private static void mongo(Map<String, Object> services, List<String> violations) {
		Map<String, Object> mongo = map(services.get("mongodb"));
		String startup = String.valueOf(mongo.get("entrypoint")) + " " + mongo.get("command");
		if (!startup.contains("--keyFile") || !startup.contains("--replSet")) {
			violations.add("mongodb runs without a replica set keyFile");
		}
		if (!map(mongo.get("environment")).containsKey("MONGO_INITDB_ROOT_PASSWORD_FILE")) {
			violations.add("mongodb runs without authentication from a secret file");
		}
		if (String.valueOf(mongo.get("healthcheck")).contains("initiate")) {
			violations.add("mongodb's healthcheck initiates the replica set");
		}
		boolean initService = services.values()
			.stream()
			.map(ComposeRules::map)
			.anyMatch((service) -> "no".equals(String.valueOf(service.get("restart")))
					&& String.valueOf(service.get("command")).contains("mongo"));
		if (!initService) {
			violations.add("no one-shot service initiates the replica set");
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	static List<Object> list(Object value) {
		return (value instanceof List<?> list) ? new ArrayList<>(list) : List.of();
	}

}
