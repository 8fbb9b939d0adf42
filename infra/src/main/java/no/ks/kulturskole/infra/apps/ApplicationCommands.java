package no.ks.kulturskole.infra.apps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.ks.kulturskole.infra.PlatformSettings;

/**
 * Builds the command line of each application: the packaged jar, run by the same JDK as
 * the launcher, told where Kafka, MongoDB, SMTP and (for the gateway) the other
 * applications are. Settings go both as arguments (what Spring reads first) and as the
 * environment variables docker-compose uses, so either convention works; secrets go as
 * files only ({@link SecretFiles}).
 */
public final class ApplicationCommands {

	private final PlatformSettings settings;

	private final String java;

	private final SealKeyFile sealKey;

	private final TokenSigningKeyFile tokenKey;

	private final AotCaches aot;

	/** Runs the packaged jars as they are. */
	public ApplicationCommands(PlatformSettings settings, String java) {
		this(settings, java, new AotCaches(java, false));
	}

	public ApplicationCommands(PlatformSettings settings, String java, AotCaches aot) {
		this.settings = settings;
		this.java = java;
		this.aot = aot;
		this.sealKey = new SealKeyFile(settings.dataDir().resolve("secret-seal.key"));
		this.tokenKey = new TokenSigningKeyFile(settings.dataDir().resolve("token-signing-key.pem"));
	}

	/**
	 * The java binary running this launcher. Maven's toolchain picked a JDK >= 21 for it,
	 * while the {@code java} on the PATH may be older.
	 */
	public static String currentJava() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/** The first (or only) instance of {@code application}. */
	public LaunchSpec specFor(Application application) {
		return specFor(application, 0);
	}

	/**
	 * Instance {@code instance} (from 0) of {@code application}: its own port, named
	 * {@code <module>-<n>} from the second on; everything else as the first.
	 */
	public LaunchSpec specFor(Application application, int instance) {
		int port = this.settings.portOf(application, instance);
		List<String> command = new ArrayList<>();
		command.add(this.java);
		command.addAll(this.settings.jvmOptions());
		command.addAll(this.aot.jarArguments(this.settings.jarOf(application)));
		command.add("--server.port=" + port);
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", String.valueOf(port));
		// links in e-mails and pages point at the gateway, wherever it runs
		environment.put("GATEWAY_URL", this.settings.urlOf(Application.GATEWAY));
		if (application == Application.GATEWAY) {
			gateway(command, environment);
		}
		else {
			messaging(command, environment);
		}
		application.database().ifPresent((database) -> {
			String uri = this.settings.mongoUri() + "/" + database;
			command.add("--spring.mongodb.uri=" + uri);
			environment.put("MONGODB_URI", uri);
		});
		environment.put("PLATFORM_SECRETS_DIR", SecretFiles
			.folder(this.settings.dataDir().resolve("secrets").resolve(application.module()), secretsOf(application)));
		if (application == Application.NOTIFICATION) {
			command.add("--spring.mail.host=" + PlatformSettings.HOST);
			command.add("--spring.mail.port=" + this.settings.ports().smtp());
			environment.put("SPRING_MAIL_HOST", PlatformSettings.HOST);
			environment.put("SPRING_MAIL_PORT", String.valueOf(this.settings.ports().smtp()));
		}
		return new LaunchSpec(application.instanceName(instance), application.instanceShortName(instance), command,
				environment, this.settings.root().resolve(application.module()), port);
	}

	/**
	 * What each application must keep from prying eyes, as files named by their property:
	 * the gateway signs staff tokens with its private key, the services check them with
	 * the public one; registration seals manage-link secrets that only notification
	 * opens.
	 */
	private Map<String, String> secretsOf(Application application) {
		Map<String, String> secrets = new LinkedHashMap<>();
		if (application == Application.GATEWAY) {
			secrets.put("platform.gateway.tokens.private-key", this.tokenKey.privatePem());
		}
		else {
			secrets.put("platform.security.tokens.public-key", this.tokenKey.publicPem());
		}
		if (application == Application.REGISTRATION || application == Application.NOTIFICATION) {
			secrets.put("platform.secret-seal.key", this.sealKey.get());
		}
		return secrets;
	}

	private void messaging(List<String> command, Map<String, String> environment) {
		String bootstrap = this.settings.kafkaBootstrap();
		command.add("--spring.kafka.bootstrap-servers=" + bootstrap);
		command.add("--spring.cloud.stream.kafka.binder.brokers=" + bootstrap);
		environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
		// the topics the service declares get as many copies as there are brokers
		// (TopicProperties): 3 and min.insync.replicas=2 on three, as in production
		String replicas = String.valueOf(this.settings.replicationFactor());
		String minInsync = String.valueOf(this.settings.minInsyncReplicas());
		command.add("--platform.kafka.topics.replication-factor=" + replicas);
		command.add("--platform.kafka.topics.min-insync-replicas=" + minInsync);
		environment.put("KAFKA_REPLICATION_FACTOR", replicas);
		environment.put("KAFKA_MIN_INSYNC_REPLICAS", minInsync);
	}

	private void gateway(List<String> command, Map<String, String> environment) {
		// a laptop: the README's demo accounts exist only in this profile
		command.add("--spring.profiles.active=local");
		environment.put("SPRING_PROFILES_ACTIVE", "local");
		// every instance of each service, comma-separated: the gateway balances over
		// them and turns to the next when one refuses connections
		for (Application downstream : Application.values()) {
			if (downstream != Application.GATEWAY) {
				String urls = String.join(",", this.settings.urlsOf(downstream));
				command.add("--platform.gateway.services." + downstream.shortName() + "=" + urls);
				environment.put(downstream.shortName().toUpperCase(Locale.ROOT) + "_URL", urls);
			}
		}
	}

}
