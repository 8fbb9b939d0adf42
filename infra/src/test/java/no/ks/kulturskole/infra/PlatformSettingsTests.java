package no.ks.kulturskole.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import no.ks.kulturskole.infra.apps.Application;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlatformSettingsTests {

	private static final Path ROOT = Path.of("/repo");

	@Test
	void defaultsAreTheDocumentedPortsWithDataInTheRepositorysPlatformDataFolder() {
		PlatformSettings settings = parse(new Properties(), "--root=/repo");

		assertThat(settings.ports()).isEqualTo(new Ports(9092, 9093, 27017, 2525, 8025, 8080, 8081, 8082, 8083, 8084));
		assertThat(settings.dataDir()).isEqualTo(ROOT.resolve(".platform-data"));
		assertThat(settings.startApplications()).isTrue();
		assertThat(settings.demoData()).isTrue();
		assertThat(settings.jarOf(Application.REGISTRATION))
			.isEqualTo(Path.of("/repo/registration-service/target/registration-service.jar"));
		assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
		assertThat(settings.mongoUri()).isEqualTo("mongodb://127.0.0.1:27017");
		assertThat(settings.urlOf(Application.GATEWAY)).isEqualTo("http://127.0.0.1:8080");
	}

	@Test
	void demoDataIsSwitchedOffByArgumentOrBySystemProperty() {
		assertThat(parse(new Properties(), "--root=/repo", "--no-demo").demoData()).isFalse();
		Properties properties = new Properties();
		properties.setProperty("platform.demo", "false");
		properties.setProperty("platform.root", "/repo");
		assertThat(parse(properties).demoData()).isFalse();
	}

	@Test
	void theAotCachesAreOnUnlessSwitchedOffByArgumentOrBySystemProperty() {
		assertThat(parse(new Properties(), "--root=/repo").aotCache()).isTrue();
		assertThat(parse(new Properties(), "--root=/repo", "--aot-cache=false").aotCache()).isFalse();
		Properties properties = new Properties();
		properties.setProperty("platform.aot-cache", "false");
		assertThat(parse(properties, "--root=/repo").aotCache()).isFalse();
	}

	@Test
	void argumentsWinOverSystemProperties() {
		Properties properties = new Properties();
		properties.setProperty("platform.root", "/repo");
		properties.setProperty("platform.data-dir", "/from-property");
		properties.setProperty("platform.gateway-port", "9999");

		PlatformSettings settings = parse(properties, "--data-dir=/from-argument", "--kafka-port=19092", "",
				"--startup-timeout-seconds=30", "--no-apps");

		assertThat(settings.dataDir()).isEqualTo(Path.of("/from-argument"));
		assertThat(settings.ports().kafka()).isEqualTo(19092);
		assertThat(settings.ports().gateway()).isEqualTo(9999);
		assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.startApplications()).isFalse();
	}

	@Test
	void anUnknownOptionIsRefusedWithTheListOfOptions() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(new Properties(), "--root=/repo", "--kafak-port=1"))
			.withMessageContaining("kafak-port")
			.withMessageContaining("--data-dir");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(new Properties(), "--root=/repo", "demo"))
			.withMessageContaining("'demo'");
	}

	@Test
	void aPortMustBeANumber() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(new Properties(), "--root=/repo", "--mongo-port=mongo"))
			.withMessageContaining("--mongo-port must be a port number");
	}

	@Test
	void freePortsDifferForEveryPartEvenInTheLargestTopology() {
		PlatformSettings settings = parse(new Properties(), "--root=/repo", "--free-ports", "--instances=3",
				"--brokers=3");
		Ports ports = settings.ports();

		List<Integer> all = new ArrayList<>(List.of(ports.mongo(), ports.smtp(), ports.mailViewer()));
		for (Application application : Application.values()) {
			for (int instance = 0; instance < settings.instancesOf(application); instance++) {
				all.add(settings.portOf(application, instance));
			}
		}
		for (int node = 0; node < settings.brokers(); node++) {
			all.add(ports.kafkaBroker(node));
			all.add(ports.kafkaController(node));
		}
		assertThat(all).hasSize(22).doesNotHaveDuplicates().doesNotContain(8080, 9092);
		assertThat(ports.spare()).as("the further instances and brokers have free ports too, not counted up")
			.contains(settings.portOf(Application.REGISTRATION, 2), ports.kafkaBroker(2), ports.kafkaController(1));
	}

	@Test
	void theDefaultIsOneInstanceOfEachServiceAndOneBrokerWithOneCopyOfEachRecord() {
		PlatformSettings settings = parse(new Properties(), "--root=/repo");

		assertThat(settings.instances()).isOne();
		assertThat(settings.brokers()).isOne();
		assertThat(settings.urlsOf(Application.REGISTRATION)).containsExactly("http://127.0.0.1:8082");
		assertThat(settings.replicationFactor()).isEqualTo((short) 1);
		assertThat(settings.minInsyncReplicas()).isOne();
	}

	@Test
	void productionsTopologyRunsTwoInstancesOfEachServiceBesideOneGatewayAndThreeBrokersWithTwoCopiesRequired() {
		PlatformSettings settings = parse(new Properties(), "--root=/repo", "--instances=2", "--brokers=3");

		assertThat(settings.urlsOf(Application.REGISTRATION)).containsExactly("http://127.0.0.1:8082",
				"http://127.0.0.1:8092");
		assertThat(settings.urlsOf(Application.REPORTING)).containsExactly("http://127.0.0.1:8084",
				"http://127.0.0.1:8094");
		assertThat(settings.urlsOf(Application.GATEWAY)).containsExactly("http://127.0.0.1:8080");
		assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096");
		assertThat(settings.ports().kafkaController(2)).isEqualTo(9097);
		assertThat(settings.replicationFactor()).isEqualTo((short) 3);
		assertThat(settings.minInsyncReplicas()).isEqualTo(2);
	}

	@Test
	void theTopologyIsAlsoGivenBySystemProperties() {
		Properties properties = new Properties();
		properties.setProperty("platform.root", "/repo");
		properties.setProperty("platform.instances", "2");
		properties.setProperty("platform.brokers", "3");

		PlatformSettings settings = parse(properties);

		assertThat(settings.instances()).isEqualTo(2);
		assertThat(settings.brokers()).isEqualTo(3);
	}

	@Test
	void aTopologyOutsideWhatTheLauncherCanRunIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(new Properties(), "--root=/repo", "--brokers=2"))
			.withMessageContaining("--brokers must be 1 or 3");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(new Properties(), "--root=/repo", "--instances=0"))
			.withMessageContaining("--instances must be between 1 and 3");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(new Properties(), "--root=/repo", "--instances=two"))
			.withMessageContaining("--instances must be a number");
	}

	private static PlatformSettings parse(Properties properties, String... args) {
		return PlatformOptions.settings(PlatformOptions.of(properties, args));
	}

}
