package no.ks.kulturskole.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import no.ks.kulturskole.infra.apps.Application;

/**
 * Everything the local platform can be told. Every setting can be given as a system
 * property {@code -Dplatform.<key>=<value>} or as a program argument
 * {@code --<key>=<value>}; arguments win. See {@link #USAGE} for the keys.
 *
 * @param root the repository root; the application jars are found under it
 * @param dataDir the one folder holding Kafka's log and MongoDB's H2 file
 * @param ports where everything listens (always on 127.0.0.1)
 * @param startApplications {@code false} starts Kafka, MongoDB and SMTP only
 * @param demoData create a demo workshop when none exists
 * @param startupTimeout how long the applications may take to report UP
 * @param jvmOptions the options of each application's JVM (before {@code -jar})
 * @param instances how many instances of each service run (the gateway runs once and
 * balances over them)
 * @param brokers how many Kafka brokers form the KRaft cluster: one (fast start) or three
 * (production's replication factor 3 and {@code min.insync.replicas=2})
 * @param aotCache whether the applications start with the JDK's AOT caches (on a JDK that
 * has them; the first start after a build trains them)
 */
public record PlatformSettings(Path root, Path dataDir, Ports ports, boolean startApplications, boolean demoData,
		Duration startupTimeout, List<String> jvmOptions, int instances, int brokers, boolean aotCache) {

	/** More would only fight over two cores; two is what the fault suite needs. */
	public static final int MAX_INSTANCES = 3;

	/** One broker, or production's three. */
	public static final int MAX_BROKERS = 3;

	/**
	 * The applications' JVM options unless told otherwise; the choice and its figures are
	 * in docs/PERFORMANCE.md ("JVM flags of the local platform").
	 */
	public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC");

	/** Everything listens on loopback only: the mail viewer shows personal data. */
	public static final String HOST = "127.0.0.1";

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
			                                (default: -Xmx256m -XX:+UseSerialGC)
			  --instances=<n>               instances of each service, 1 to 3 (default 1); the gateway
			                                balances over them, instance n listens on the service's port + 10·(n-1)
			  --brokers=<n>                 Kafka brokers, 1 or 3 (default 1); three form a KRaft cluster with
			                                replication factor 3 and min.insync.replicas=2 (broker n on 9092 + 2·(n-1))
			  --kafka-port, --kafka-controller-port, --mongo-port, --smtp-port, --mail-viewer-port,
			  --gateway-port, --workshop-port, --registration-port, --notification-port, --reporting-port
			""";

	private static final String PROPERTY_PREFIX = "platform.";

	public PlatformSettings {
		root = root.toAbsolutePath().normalize();
		dataDir = dataDir.toAbsolutePath().normalize();
		jvmOptions = List.copyOf(jvmOptions);
		if (instances < 1 || instances > MAX_INSTANCES) {
			throw new IllegalArgumentException(
					"--instances must be between 1 and " + MAX_INSTANCES + ", not " + instances);
		}
		if (brokers != 1 && brokers != MAX_BROKERS) {
			throw new IllegalArgumentException("--brokers must be 1 or " + MAX_BROKERS + ", not " + brokers);
		}
	}

	/** Defaults, overridden by {@code platform.*} system properties. */
	public static PlatformSettings defaults() {
		return fromArgs();
	}

	/**
	 * Defaults, overridden by {@code platform.*} system properties, overridden by the
	 * given {@code --key=value} arguments.
	 * @throws IllegalArgumentException for an unknown option or a malformed value
	 */
	public static PlatformSettings fromArgs(String... args) {
		return fromOptions(options(System.getProperties(), args));
	}

	static Map<String, String> options(Properties systemProperties, String... args) {
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

	static PlatformSettings fromOptions(Map<String, String> options) {
		Map<String, String> remaining = new LinkedHashMap<>(options);
		Path root = take(remaining, "root").map(Path::of).orElseGet(PlatformSettings::findRepositoryRoot);
		Path dataDir = take(remaining, "data-dir").map(Path::of).orElse(root.resolve(".platform-data"));
		boolean demo = take(remaining, "demo").map(PlatformSettings::bool).orElse(true);
		boolean applications = take(remaining, "applications").map(PlatformSettings::bool).orElse(true);
		Duration timeout = take(remaining, "startup-timeout-seconds").map(Long::parseLong)
			.map(Duration::ofSeconds)
			.orElse(Duration.ofSeconds(240));
		Ports ports = take(remaining, "free-ports").map(PlatformSettings::bool).orElse(false) ? Ports.free()
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
			.orElse(DEFAULT_JVM_OPTIONS);
		int instances = number(remaining, "instances", 1);
		int brokers = number(remaining, "brokers", 1);
		boolean aotCache = take(remaining, "aot-cache").map(PlatformSettings::bool).orElse(true);
		if (!remaining.isEmpty()) {
			throw new IllegalArgumentException("Unknown option(s) " + remaining.keySet() + ".\n" + USAGE);
		}
		return new PlatformSettings(root, dataDir, ports, applications, demo, timeout, jvmOptions, instances, brokers,
				aotCache);
	}

	public PlatformSettings withRoot(Path root) {
		return new PlatformSettings(root, this.dataDir, this.ports, this.startApplications, this.demoData,
				this.startupTimeout, this.jvmOptions, this.instances, this.brokers, this.aotCache);
	}

	public PlatformSettings withDataDir(Path dataDir) {
		return new PlatformSettings(this.root, dataDir, this.ports, this.startApplications, this.demoData,
				this.startupTimeout, this.jvmOptions, this.instances, this.brokers, this.aotCache);
	}

	public PlatformSettings withPorts(Ports ports) {
		return new PlatformSettings(this.root, this.dataDir, ports, this.startApplications, this.demoData,
				this.startupTimeout, this.jvmOptions, this.instances, this.brokers, this.aotCache);
	}

	/** Free ports for everything, so a second platform can run beside a first one. */
	public PlatformSettings withFreePorts() {
		return withPorts(Ports.free());
	}

	public PlatformSettings withApplications(boolean startApplications) {
		return new PlatformSettings(this.root, this.dataDir, this.ports, startApplications, this.demoData,
				this.startupTimeout, this.jvmOptions, this.instances, this.brokers, this.aotCache);
	}

	public PlatformSettings withDemoData(boolean demoData) {
		return new PlatformSettings(this.root, this.dataDir, this.ports, this.startApplications, demoData,
				this.startupTimeout, this.jvmOptions, this.instances, this.brokers, this.aotCache);
	}

	public PlatformSettings withStartupTimeout(Duration startupTimeout) {
		return new PlatformSettings(this.root, this.dataDir, this.ports, this.startApplications, this.demoData,
				startupTimeout, this.jvmOptions, this.instances, this.brokers, this.aotCache);
	}

	public PlatformSettings withJvmOptions(List<String> jvmOptions) {
		return new PlatformSettings(this.root, this.dataDir, this.ports, this.startApplications, this.demoData,
				this.startupTimeout, jvmOptions, this.instances, this.brokers, this.aotCache);
	}

	/** {@code instances} of each service; see {@link #MAX_INSTANCES}. */
	public PlatformSettings withInstances(int instances) {
		return new PlatformSettings(this.root, this.dataDir, this.ports, this.startApplications, this.demoData,
				this.startupTimeout, this.jvmOptions, instances, this.brokers, this.aotCache);
	}

	/** One broker or a cluster of {@link #MAX_BROKERS}. */
	public PlatformSettings withBrokers(int brokers) {
		return new PlatformSettings(this.root, this.dataDir, this.ports, this.startApplications, this.demoData,
				this.startupTimeout, this.jvmOptions, this.instances, brokers, this.aotCache);
	}

	/** How many instances of {@code application} run: the gateway is the one entry. */
	public int instancesOf(Application application) {
		return (application == Application.GATEWAY) ? 1 : this.instances;
	}

	/** The port of {@code application}'s instance {@code instance} (counted from 0). */
	public int portOf(Application application, int instance) {
		return this.ports.of(application, instance);
	}

	/** The base URL of every instance of {@code application}, the first one first. */
	public List<String> urlsOf(Application application) {
		List<String> urls = new ArrayList<>();
		for (int instance = 0; instance < instancesOf(application); instance++) {
			urls.add("http://" + HOST + ":" + portOf(application, instance));
		}
		return urls;
	}

	/** Copies of every partition: one per broker. */
	public short replicationFactor() {
		return (short) this.brokers;
	}

	/**
	 * Copies that must hold a record before it is acknowledged: with three brokers one
	 * may be away without a write being refused or an acknowledged one lost.
	 */
	public int minInsyncReplicas() {
		return Math.max(1, this.brokers - 1);
	}

	/** The jar Maven's package phase builds for an application. */
	public Path jarOf(Application application) {
		return this.root.resolve(application.module()).resolve("target").resolve(application.module() + ".jar");
	}

	/** Every broker's {@code host:port}, comma-separated, as clients take them. */
	public String kafkaBootstrap() {
		List<String> brokers = new ArrayList<>();
		for (int node = 0; node < this.brokers; node++) {
			brokers.add(HOST + ":" + this.ports.kafkaBroker(node));
		}
		return String.join(",", brokers);
	}

	public String mongoUri() {
		return "mongodb://" + HOST + ":" + this.ports.mongo();
	}

	public String urlOf(Application application) {
		return "http://" + HOST + ":" + this.ports.of(application);
	}

	public String mailViewerUrl() {
		return "http://" + HOST + ":" + this.ports.mailViewer();
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
		return take(options, key).map((value) -> {
			try {
				return Integer.parseInt(value.trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + key + " must be a port number, not '" + value + "'");
			}
		}).orElse(fallback);
	}

	private static int number(Map<String, String> options, String key, int fallback) {
		return take(options, key).map((value) -> {
			try {
				return Integer.parseInt(value.trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + key + " must be a number, not '" + value + "'");
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

}
