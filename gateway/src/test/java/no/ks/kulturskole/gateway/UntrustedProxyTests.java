package no.ks.kulturskole.gateway;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded addresses are believed only from the proxies the deployment names
 * ({@code server.tomcat.remoteip.internal-proxies}, in production
 * {@code SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES}): anyone else who sends
 * {@code X-Forwarded-For} is counted by the address they connect from, so a made-up
 * header buys no fresh allowance. Here the trusted proxy is an address the tests never
 * connect from.
 */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.gateway.rate-limit.limit-for-period=2", "platform.gateway.rate-limit.period=1h",
				"server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9" })
class UntrustedProxyTests {

	static final FakePlatform platform = FakePlatform.start();

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("platform.gateway.services.workshop", platform::baseUri);
		registry.add("platform.gateway.services.registration", platform::baseUri);
		registry.add("platform.gateway.services.notification", platform::baseUri);
		registry.add("platform.gateway.services.reporting", platform::baseUri);
	}

	@AfterAll
	static void stop() {
		platform.close();
	}

	@LocalServerPort
	int port;

	@Test
	void aClientThatIsNotATrustedProxyCannotClaimToBeManyClients() {
		Gateway gateway = new Gateway(this.port);
		String path = "/api/public/workshops/" + FakePlatform.WORKSHOP_ID + "/registrations";

		int first = postClaiming(gateway, path, "198.18.2.1");
		int second = postClaiming(gateway, path, "198.18.2.2");
		int third = postClaiming(gateway, path, "198.18.2.3");

		assertThat(first).isNotEqualTo(429);
		assertThat(second).isNotEqualTo(429);
		assertThat(third).isEqualTo(429);
	}

	private static int postClaiming(Gateway gateway, String path, String forwardedFor) {
		return gateway
			.send(gateway.request(path)
				.header("Content-Type", "application/json")
				.header("X-Forwarded-For", forwardedFor)
				.POST(HttpRequest.BodyPublishers.ofString("{\"municipalityNumber\":\"1804\"}")))
			.statusCode();
	}

}
