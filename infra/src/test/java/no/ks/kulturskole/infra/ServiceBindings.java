package no.ks.kulturskole.infra;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The consumer bindings of the four services as their {@code application.yml} declares
 * them: the one source that the deployment manifests and the architecture page are
 * checked against.
 */
public final class ServiceBindings {

	public static final List<String> SERVICES = List.of("workshop-service", "registration-service",
			"notification-service", "reporting-service");

	private static final Path ROOT = Path.of("..");

	private ServiceBindings() {
	}

	/** A service's consumer group reading a topic. */
	public record Consumer(String service, String topic, String group) {
	}

	public static List<Consumer> consumers() throws IOException {
		List<Consumer> consumers = new ArrayList<>();
		for (String service : SERVICES) {
			Map<String, Object> stream = map(
					map(map(applicationYml(service).get("spring")).get("cloud")).get("stream"));
			for (Object binding : map(stream.get("bindings")).values()) {
				Map<String, Object> properties = map(binding);
				if (properties.get("group") != null) {
					// a binding may read several topics, comma-separated (as the binder
					// does)
					for (String destination : String.valueOf(properties.get("destination")).split(",")) {
						consumers
							.add(new Consumer(service, destination.strip(), String.valueOf(properties.get("group"))));
					}
				}
			}
		}
		return consumers;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> applicationYml(String service) throws IOException {
		try (Reader reader = Files.newBufferedReader(ROOT.resolve(service + "/src/main/resources/application.yml"))) {
			return (Map<String, Object>) new Yaml().loadAll(reader).iterator().next();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

}
