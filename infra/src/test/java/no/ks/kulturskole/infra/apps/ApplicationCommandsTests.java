package no.ks.kulturskole.infra.apps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.ks.kulturskole.infra.PlatformSettings;
import no.ks.kulturskole.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationCommandsTests {

	@TempDir
	static Path dataDir;

	private final PlatformSettings settings = PlatformSettings.defaults()
		.withRoot(Path.of("/repo"))
		.withDataDir(dataDir);

	private final ApplicationCommands commands = new ApplicationCommands(this.settings, "/jdk/bin/java");

	@Test
	void aServiceRunsItsPackagedJarWithTheLaunchersJavaAndFindsKafkaAndItsOwnDatabase() {
		LaunchSpec spec = this.commands.specFor(Application.REGISTRATION);

		assertThat(spec.command()).startsWith("/jdk/bin/java", "-Xmx256m", "-XX:+UseSerialGC",
				"-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000",
				"-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000", "-jar",
				"/repo/registration-service/target/registration-service.jar");
		assertThat(spec.command()).contains("--server.port=8082",
				"--spring.mongodb.uri=mongodb://127.0.0.1:27017/registration",
				"--spring.kafka.bootstrap-servers=127.0.0.1:9092",
				"--spring.cloud.stream.kafka.binder.brokers=127.0.0.1:9092");
		assertThat(spec.environment()).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
			.containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017/registration");
		assertThat(spec.name()).isEqualTo("registration-service");
		assertThat(spec.shortName()).isEqualTo("registration");
		assertThat(spec.port()).isEqualTo(8082);
		assertThat(spec.command()).noneMatch((arg) -> arg.startsWith("--spring.mail"));
	}

	@Test
	void theNotificationServiceIsToldWhereTheSmtpServerIs() {
		LaunchSpec spec = this.commands.specFor(Application.NOTIFICATION);

		assertThat(spec.command()).contains("--spring.mail.host=127.0.0.1", "--spring.mail.port=2525",
				"--spring.mongodb.uri=mongodb://127.0.0.1:27017/notification");
	}

	@Test
	void theGatewayIsToldWhereEachServiceIsAsArgumentsAndAsEnvironment() {
		LaunchSpec spec = this.commands.specFor(Application.GATEWAY);

		assertThat(spec.command()).contains("--server.port=8080",
				"--platform.gateway.services.workshop=http://127.0.0.1:8081",
				"--platform.gateway.services.registration=http://127.0.0.1:8082",
				"--platform.gateway.services.notification=http://127.0.0.1:8083",
				"--platform.gateway.services.reporting=http://127.0.0.1:8084");
		assertThat(spec.environment()).containsEntry("WORKSHOP_URL", "http://127.0.0.1:8081")
			.containsEntry("REPORTING_URL", "http://127.0.0.1:8084");
		assertThat(spec.command()).noneMatch((arg) -> arg.startsWith("--spring.mongodb"));
	}

	@Test
	void inProductionsTopologyEachInstanceHasItsOwnPortAndTheGatewayKnowsThemAll() {
		ApplicationCommands topology = new ApplicationCommands(this.settings.withInstances(2).withBrokers(3), "java");

		LaunchSpec second = topology.specFor(Application.REGISTRATION, 1);
		LaunchSpec gateway = topology.specFor(Application.GATEWAY);

		assertThat(second.name()).isEqualTo("registration-service-2");
		assertThat(second.shortName()).isEqualTo("registration-2");
		assertThat(second.port()).isEqualTo(8092);
		assertThat(second.command()).contains("--server.port=8092",
				"--spring.mongodb.uri=mongodb://127.0.0.1:27017/registration",
				"--spring.kafka.bootstrap-servers=127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096",
				"--platform.kafka.topics.replication-factor=3", "--platform.kafka.topics.min-insync-replicas=2");
		assertThat(second.environment()).containsEntry("KAFKA_REPLICATION_FACTOR", "3")
			.containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2");
		assertThat(gateway.command())
			.contains("--platform.gateway.services.registration=http://127.0.0.1:8082,http://127.0.0.1:8092");
		assertThat(gateway.environment()).containsEntry("REPORTING_URL", "http://127.0.0.1:8084,http://127.0.0.1:8094");
	}

	@Test
	void oneBrokerKeepsOneCopyOfEachRecord() {
		assertThat(this.commands.specFor(Application.WORKSHOP).command())
			.contains("--platform.kafka.topics.replication-factor=1", "--platform.kafka.topics.min-insync-replicas=1");
	}

	@Test
	void portsFollowTheSettings() {
		PlatformSettings moved = this.settings.withPorts(new Ports(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

		LaunchSpec spec = new ApplicationCommands(moved, "java").specFor(Application.WORKSHOP);

		assertThat(spec.command()).contains("--server.port=7", "--spring.mongodb.uri=mongodb://127.0.0.1:3/workshop",
				"--spring.kafka.bootstrap-servers=127.0.0.1:1");
		assertThat(spec.environment()).containsEntry("GATEWAY_URL", "http://127.0.0.1:6");
	}

	@Test
	void registrationAndNotificationShareOneSealingKeyKeptInTheDataFolderAcrossRestartsAsAFileNotAnArgument()
			throws Exception {
		String registration = secret(this.commands.specFor(Application.REGISTRATION), "platform.secret-seal.key");
		String notification = secret(this.commands.specFor(Application.NOTIFICATION), "platform.secret-seal.key");
		String afterRestart = secret(new ApplicationCommands(this.settings, "java").specFor(Application.NOTIFICATION),
				"platform.secret-seal.key");

		assertThat(registration).isEqualTo(notification).isEqualTo(afterRestart).hasSize(43);
		assertThat(Files.readString(dataDir.resolve("secret-seal.key"))).isEqualTo(registration);
		assertThat(secretFolder(this.commands.specFor(Application.REPORTING)).resolve("platform.secret-seal.key"))
			.doesNotExist();
		for (Application application : Application.values()) {
			LaunchSpec spec = this.commands.specFor(application);
			assertThat(spec.command()).as(application.module())
				.noneMatch(
						(arg) -> arg.contains(registration) || arg.contains("secret-seal") || arg.contains("KEY-----"));
			assertThat(spec.environment()).as(application.module()).doesNotContainKey("SECRET_SEAL_KEY");
		}
	}

	@Test
	void theGatewaySignsWithAPrivateKeyWhosePublicHalfEveryServiceTrusts() throws Exception {
		String privateKey = secret(this.commands.specFor(Application.GATEWAY), "platform.gateway.tokens.private-key");
		String publicKey = secret(this.commands.specFor(Application.REPORTING), "platform.security.tokens.public-key");

		assertThat(privateKey).startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(publicKey).startsWith("-----BEGIN PUBLIC KEY-----");
		for (Application service : List.of(Application.WORKSHOP, Application.REGISTRATION, Application.NOTIFICATION)) {
			assertThat(secret(this.commands.specFor(service), "platform.security.tokens.public-key"))
				.isEqualTo(publicKey);
			assertThat(secretFolder(this.commands.specFor(service)).resolve("platform.gateway.tokens.private-key"))
				.doesNotExist();
		}
		assertThat(secret(new ApplicationCommands(this.settings, "java").specFor(Application.WORKSHOP),
				"platform.security.tokens.public-key"))
			.as("the same key after a restart")
			.isEqualTo(publicKey);
	}

	@Test
	void theGatewayRunsInTheLocalProfileWhereTheDemoAccountsLive() {
		assertThat(this.commands.specFor(Application.GATEWAY).command()).contains("--spring.profiles.active=local");
		assertThat(this.commands.specFor(Application.WORKSHOP).command())
			.noneMatch((arg) -> arg.startsWith("--spring.profiles.active"));
	}

	private static Path secretFolder(LaunchSpec spec) {
		return Path.of(spec.environment().get("PLATFORM_SECRETS_DIR"));
	}

	private static String secret(LaunchSpec spec, String property) throws Exception {
		return Files.readString(secretFolder(spec).resolve(property));
	}

}
