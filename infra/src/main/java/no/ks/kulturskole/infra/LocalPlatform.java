package no.ks.kulturskole.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import no.ks.kulturskole.infra.apps.Application;
import no.ks.kulturskole.infra.apps.LaunchPlan;
import no.ks.kulturskole.infra.apps.LaunchSpec;
import no.ks.kulturskole.infra.apps.RunningApplications;
import no.ks.kulturskole.infra.demo.DemoWorkshop;
import no.ks.kulturskole.infra.kafka.DomainTopics;
import no.ks.kulturskole.infra.kafka.KafkaCluster;
import no.ks.kulturskole.infra.mail.Mailbox;
import no.ks.kulturskole.infra.mail.MailViewer;
import no.ks.kulturskole.infra.mongo.MongoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on one machine, without Docker: a Kafka broker (KRaft), a MongoDB
 * wire-protocol server persisted to H2, an SMTP server with a mail viewer, and the five
 * applications as child JVMs. All data lives in one folder and survives restarts.
 * <p>
 * Or in production's topology ({@code --instances=2 --brokers=3}): two instances of every
 * service behind the one gateway, and three brokers with replication factor 3 and
 * {@code min.insync.replicas=2}. The fault suite then takes parts away and brings them
 * back: {@link #stopMongo()}, {@link #stopBroker(int)}, {@link #kill(Application, int)}
 * and their counterparts; {@code processes.txt} in the data folder lists every process
 * with its pid and port, for doing the same by hand.
 *
 * <p>
 * From the command line: {@code ./mvnw -DskipTests -Prun package} in the repository root.
 * From code (the end-to-end tests):
 *
 * <pre>{@code
 * try (LocalPlatform platform = LocalPlatform.start(PlatformSettings.defaults().withFreePorts().withDataDir(tmp))) {
 *     platform.gatewayUrl(); platform.kafkaBootstrap(); platform.mailbox().messages();
 * }
 * }</pre>
 * <p>
 * The one handle the tests and tools hold, so its fault controls stay here as thin
 * delegations to the parts; the command line is {@link PlatformCommand}, what is launched
 * and in which order {@link LaunchPlan}.
 */
public final class LocalPlatform implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	private final PlatformSettings settings;

	private final CountDownLatch closedLatch = new CountDownLatch(1);

	private boolean closed;

	private MongoStore mongo;

	private KafkaCluster kafka;

	private Mailbox mailbox;

	private MailViewer mailViewer;

	private RunningApplications applications;

	private Duration startupTime;

	/** Not started yet: {@link #start} or {@link PlatformCommand}. */
	LocalPlatform(PlatformSettings settings) {
		this.settings = settings;
	}

	/** See {@link PlatformCommand}. */
	public static void main(String[] args) {
		PlatformCommand.run(args);
	}

	/**
	 * Starts the platform as {@code settings} say and returns once it is ready: the
	 * applications (if started) report UP and the demo data (if wanted) is in place.
	 * @throws RuntimeException when a part cannot start; what was started is stopped
	 * again
	 */
	public static LocalPlatform start(PlatformSettings settings) {
		LocalPlatform platform = new LocalPlatform(settings);
		try {
			platform.startEverything();
			return platform;
		}
		catch (RuntimeException ex) {
			platform.close();
			throw ex;
		}
	}

	void startEverything() {
		Instant began = Instant.now();
		String host = PlatformSettings.HOST;
		Ports ports = this.settings.ports();
		Path dataDir = createDataDir();
		log.info("Starting the local platform; data in {}", dataDir);
		step(() -> this.mongo = MongoStore.start(dataDir.resolve("mongo").resolve("kulturskole.mv.db"), host,
				ports.mongo()));
		step(() -> this.kafka = KafkaCluster.start(this.settings, dataDir));
		DomainTopics.ensure(this.kafka.bootstrapServers(), this.settings.replicationFactor(),
				this.settings.minInsyncReplicas());
		step(() -> {
			this.mailbox = Mailbox.start(host, ports.smtp());
			this.mailViewer = MailViewer.start(this.mailbox, host, ports.mailViewer());
		});
		if (this.settings.startApplications()) {
			List<LaunchSpec> specs = LaunchPlan.of(this.settings);
			step(() -> this.applications = RunningApplications.start(specs, System.out));
			// outside the lock: Ctrl-C while waiting stops the children, which ends the
			// wait
			this.applications.awaitHealthy(this.settings.startupTimeout());
			ProcessList.write(dataDir, this.settings, this.applications.children());
			if (this.settings.demoData()) {
				new DemoWorkshop(gatewayUrl(), Clock.systemDefaultZone()).createIfNoWorkshopExists();
			}
		}
		this.startupTime = Duration.between(began, Instant.now());
		log.info("Local platform ready in {} ms", this.startupTime.toMillis());
	}

	private Path createDataDir() {
		try {
			return Files.createDirectories(this.settings.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the data folder " + this.settings.dataDir(), ex);
		}
	}

	/**
	 * Starting a part and stopping the platform exclude each other: nothing is left
	 * behind.
	 */
	private synchronized void step(Runnable start) {
		if (this.closed) {
			throw new IllegalStateException("The platform was stopped while starting");
		}
		start.run();
	}

	public PlatformSettings settings() {
		return this.settings;
	}

	public String gatewayUrl() {
		return this.settings.urlOf(Application.GATEWAY);
	}

	public String urlOf(Application application) {
		return this.settings.urlOf(application);
	}

	/** {@code 127.0.0.1:<port>} of every Kafka broker, comma-separated. */
	public String kafkaBootstrap() {
		return this.settings.kafkaBootstrap();
	}

	/** The base URL of every instance of {@code application}. */
	public List<String> urlsOf(Application application) {
		return this.settings.urlsOf(application);
	}

	/**
	 * Takes MongoDB away: every connection dropped, nothing listening, the data kept.
	 */
	public void stopMongo() {
		this.mongo.stop();
	}

	/** Brings MongoDB back on the same port with the same data. */
	public void startMongo() {
		this.mongo.startAgain();
	}

	/** Stops Kafka broker {@code index} (from 0) while the others go on. */
	public void stopBroker(int index) {
		this.kafka.stopBroker(index);
	}

	/** Starts Kafka broker {@code index} again on its port with its data. */
	public void startBroker(int index) {
		this.kafka.startBroker(index);
	}

	/**
	 * SIGKILLs instance {@code instance} (from 0) of {@code application}, as a crash
	 * would; returns once the process is gone.
	 */
	public void kill(Application application, int instance) {
		this.applications.kill(application.instanceName(instance));
	}

	/**
	 * Starts a killed instance again with the same command and returns once it reports
	 * UP.
	 */
	public void restart(Application application, int instance) {
		this.applications.restart(application.instanceName(instance), this.settings.startupTimeout());
		ProcessList.write(this.settings.dataDir(), this.settings, this.applications.children());
	}

	/**
	 * Takes the SMTP server away (connections refused) while the caught mail stays
	 * readable.
	 */
	public void stopSmtp() {
		this.mailbox.stopSmtp();
	}

	/** Brings the SMTP server back on its port. */
	public void startSmtp() {
		this.mailbox.startSmtp();
	}

	/** {@code mongodb://127.0.0.1:<port>}; append {@code /<database>}. */
	public String mongoUri() {
		return this.settings.mongoUri();
	}

	public String mailViewerUrl() {
		return this.settings.mailViewerUrl();
	}

	/** The mail caught by the SMTP server (and GreenMail itself). */
	public Mailbox mailbox() {
		return this.mailbox;
	}

	/**
	 * The running applications' processes by short name (e.g. {@code registration}), for
	 * tools that account for their CPU; empty when started without applications.
	 */
	public synchronized Map<String, ProcessHandle> applicationProcesses() {
		Map<String, ProcessHandle> processes = new LinkedHashMap<>();
		if (this.applications != null) {
			this.applications.children()
				.forEach((child) -> ProcessHandle.of(child.pid())
					.ifPresent((handle) -> processes.put(child.name(), handle)));
		}
		return processes;
	}

	/** How long {@link #start} took; {@code null} while starting. */
	public Duration startupTime() {
		return this.startupTime;
	}

	public synchronized boolean isClosed() {
		return this.closed;
	}

	/**
	 * Blocks until {@link #close()} has finished (from a shutdown hook, for instance).
	 */
	public void awaitClose() {
		try {
			this.closedLatch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Stops everything in reverse order: the applications (gracefully, killed after a
	 * timeout), the mail server, Kafka, and last MongoDB, whose H2 store is closed so
	 * that its data is on disk. Safe to call more than once.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		log.info("Stopping the local platform");
		stop("applications", this.applications);
		stop("mail viewer", this.mailViewer);
		stop("SMTP server", this.mailbox);
		stop("Kafka", this.kafka);
		stop("MongoDB", this.mongo);
		log.info("Local platform stopped");
		this.closedLatch.countDown();
	}

	private static void stop(String name, AutoCloseable part) {
		if (part == null) {
			return;
		}
		try {
			part.close();
		}
		catch (Exception ex) {
			log.warn("Stopping {} failed: {}", name, ex.toString());
		}
	}

}
