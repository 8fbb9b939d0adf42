package no.ks.kulturskole.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import no.ks.kulturskole.infra.apps.Application;

/**
 * Everything the local platform can be told. Every setting can be given as a system
 * property {@code -Dplatform.<key>=<value>} or as a program argument
 * {@code --<key>=<value>}; arguments win. See {@link PlatformOptions#USAGE} for the keys.
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
	 * in docs/PERFORMANCE.md ("JVM flags of the local platform"). C2's thresholds are ten
	 * times the JDK's: the start-up code then stays with C1, which halved the
	 * applications' C2 compiling at start (5.5 s of CPU each to 2.4 s) and the platform
	 * was ready in 23 s instead of 33 s on two cores, while a rush, whose code runs far
	 * more often than the thresholds, cost the same CPU per registration.
	 */
	public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
			"-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000",
			"-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000");

	/** Everything listens on loopback only: the mail viewer shows personal data. */
	public static final String HOST = "127.0.0.1";

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
		return PlatformOptions.settings(PlatformOptions.of(System.getProperties(), args));
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

}
