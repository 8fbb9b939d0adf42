package no.ks.kulturskole.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The local platform's options as the command line and the system properties give them
 * ({@code --<key>=<value>}, {@code -Dplatform.<key>=<value>}; arguments win), read into
 * {@link PlatformSettings}. An unknown option or a malformed value is refused with the
 * usage, never ignored: a typo would otherwise start a platform other than the one asked
 * for.
 */
final class PlatformOptions {

	static final String USAGE = """
			Options (as --key=value, or as -Dplatform.key=value):
			  --root=<dir>                  repository root (default: found upwards from the working directory)
			  --data-dir=<dir>              data folder (default: <root>/.platform-data)
			  --no-demo | --demo=false      do not create the demo workshop
			  --no-apps | --applications=false   start Kafka, MongoDB and SMTP only
			  --free-ports                  pick free ports for everything (beside a running platform)
			  --startup-timeout-seconds=<n> how long the applications may take to become healthy (default 240)
			  --aot-cache=false             start the applications without the JDK's AOT caches (and skip
			                                the training run a first start after a build makes)
			  --jvm-options="<options>"     the applications' JVM options, space-separated
			                                (default: -Xmx256m -XX:+UseSerialGC and C2's
			                                thresholds tenfold, see docs/PERFORMANCE.md)
			  --instances=<n>               instances of each service, 1 to 3 (default 1); the gateway
			                                balances over them, instance n listens on the service's port + 10·(n-1)
			  --brokers=<n>                 Kafka brokers, 1 or 3 (default 1); three form a KRaft cluster with
			                                replication factor 3 and min.insync.replicas=2 (broker n on 9092 + 2·(n-1))
			  --kafka-port, --kafka-controller-port, --mongo-port, --smtp-port, --mail-viewer-port,
			  --gateway-port, --workshop-port, --registration-port, --notification-port, --reporting-port
			""";

	private static final String PROPERTY_PREFIX = "platform.";

	/**
	 * The {@code platform.*} system properties, overridden by the {@code --key=value}
	 * arguments.
	 * @throws IllegalArgumentException for an argument that is not an option
	 */
	static Map<String, String> of(Properties systemProperties, String... args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String name : systemProperties.stringPropertyNames()) {
			if (name.startsWith(PROPERTY_PREFIX)) {
				options.put(name.substring(PROPERTY_PREFIX.length()), systemProperties.getProperty(name));
			}
		}
		for (String arg : args) {
			// Maven passes an empty argument when an optional property is not set
			if (arg == null || arg.isBlank()) {
				continue;
			}
			switch (arg) {
				case "--no-demo" -> options.put("demo", "false");
				case "--no-apps" -> options.put("applications", "false");
				case "--free-ports" -> options.put("free-ports", "true");
				default -> {
					if (!arg.startsWith("--") || !arg.contains("=")) {
						throw new IllegalArgumentException("Unknown argument '" + arg + "'.\n" + USAGE);
					}
					int equals = arg.indexOf('=');
					options.put(arg.substring(2, equals), arg.substring(equals + 1));
				}
			}
		}
		return options;
	}

	/**
	 * The settings: the options given, defaults for the rest.
	 * @throws IllegalArgumentException for an unknown option or a malformed value
	 */
	static PlatformSettings settings(Map<String, String> options) {
		Map<String, String> remaining = new LinkedHashMap<>(options);
		Path root = take(remaining, "root").map(Path::of).orElseGet(PlatformOptions::findRepositoryRoot);
		Path dataDir = take(remaining, "data-dir").map(Path::of).orElse(root.resolve(".platform-data"));
		boolean demo = take(remaining, "demo").map(PlatformOptions::bool).orElse(true);
		boolean applications = take(remaining, "applications").map(PlatformOptions::bool).orElse(true);
		Duration timeout = take(remaining, "startup-timeout-seconds").map(Long::parseLong)
			.map(Duration::ofSeconds)
			.orElse(Duration.ofSeconds(240));
		Ports ports = take(remaining, "free-ports").map(PlatformOptions::bool).orElse(false) ? Ports.free()
				: Ports.defaults();
		ports = new Ports(port(remaining, "kafka-port", ports.kafka()),
				port(remaining, "kafka-controller-port", ports.kafkaController()),
				port(remaining, "mongo-port", ports.mongo()), port(remaining, "smtp-port", ports.smtp()),
				port(remaining, "mail-viewer-port", ports.mailViewer()),
				port(remaining, "gateway-port", ports.gateway()), port(remaining, "workshop-port", ports.workshop()),
				port(remaining, "registration-port", ports.registration()),
				port(remaining, "notification-port", ports.notification()),
				port(remaining, "reporting-port", ports.reporting()), ports.spare());
		List<String> jvmOptions = take(remaining, "jvm-options").map((value) -> List.of(value.trim().split("\\s+")))
			.orElse(PlatformSettings.DEFAULT_JVM_OPTIONS);
		int instances = number(remaining, "instances", 1);
		int brokers = number(remaining, "brokers", 1);
		boolean aotCache = take(remaining, "aot-cache").map(PlatformOptions::bool).orElse(true);
		if (!remaining.isEmpty()) {
			throw new IllegalArgumentException("Unknown option(s) " + remaining.keySet() + ".\n" + USAGE);
		}
		return new PlatformSettings(root, dataDir, ports, applications, demo, timeout, jvmOptions, instances, brokers,
				aotCache);
	}

	/**
	 * The repository root: the nearest folder upwards from the working directory that
	 * holds both {@code mvnw} and {@code infra/}. Maven's run profile passes it
	 * explicitly.
	 */
	static Path findRepositoryRoot() {
		Path start = Path.of("").toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("infra"))) {
				return dir;
			}
		}
		return start;
	}

	private static Optional<String> take(Map<String, String> options, String key) {
		return Optional.ofNullable(options.remove(key)).filter((value) -> !value.isBlank());
	}

	private static int port(Map<String, String> options, String key, int fallback) {
		return integer(options, key, fallback, "a port number");
	}

	private static int number(Map<String, String> options, String key, int fallback) {
		return integer(options, key, fallback, "a number");
	}

	private static int integer(Map<String, String> options, String key, int fallback, String what) {
		return take(options, key).map((value) -> {
			try {
				return Integer.parseInt(value.trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + key + " must be " + what + ", not '" + value + "'");
			}
		}).orElse(fallback);
	}

	private static boolean bool(String value) {
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true", "yes", "on" -> true;
			case "false", "no", "off" -> false;
			default -> throw new IllegalArgumentException("Expected true or false, not '" + value + "'");
		};
	}

	private PlatformOptions() {
	}

}
