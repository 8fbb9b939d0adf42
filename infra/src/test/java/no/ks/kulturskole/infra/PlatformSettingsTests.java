package no.ks.kulturskole.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import no.ks.kulturskole.infra.PlatformSettings.Ports;
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
	void freePortsAreTenDifferentPorts() {
		Ports ports = parse(new Properties(), "--root=/repo", "--free-ports").ports();

		Set<Integer> distinct = IntStream
			.of(ports.kafka(), ports.kafkaController(), ports.mongo(), ports.smtp(), ports.mailViewer(),
					ports.gateway(), ports.workshop(), ports.registration(), ports.notification(), ports.reporting())
			.boxed()
			.collect(Collectors.toSet());
		assertThat(distinct).hasSize(10).doesNotContain(8080, 9092);
	}

	private static PlatformSettings parse(Properties properties, String... args) {
		return PlatformSettings.fromOptions(PlatformSettings.options(properties, args));
	}

}
