package no.ks.kulturskole.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway with a tiny allowance of public writes: two per hour and client. */
// a laptop or test: demo accounts, and a signing key of the gateway's own making
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.gateway.rate-limit.limit-for-period=2", "platform.gateway.rate-limit.period=1h" })
class PublicWriteRateLimitTests {

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

	@Autowired
	MeterRegistry meters;

	private double writes(String outcome) {
		return this.meters.get("gateway.public.writes").tag("outcome", outcome).counter().count();
	}

	@Test
	void anIpv6ClientIsLimitedByItsSlash64AndAnotherPrefixIsNot() {
		Gateway gateway = new Gateway(this.port);
		String path = "/api/public/workshops/" + FakePlatform.WORKSHOP_ID + "/registrations";

		int first = postFrom(gateway, path, "2001:db8:5:6::1").statusCode();
		int second = postFrom(gateway, path, "2001:db8:5:6::2").statusCode();
		int sameNetwork = postFrom(gateway, path, "2001:db8:5:6:ffff::3").statusCode();
		int otherNetwork = postFrom(gateway, path, "2001:db8:5:7::1").statusCode();

		assertThat(first).isNotEqualTo(429);
		assertThat(second).isNotEqualTo(429);
		assertThat(sameNetwork).isEqualTo(429);
		assertThat(otherNetwork).isNotEqualTo(429);
	}

	@Test
	void aClientThatWritesTooOftenGets429WithRetryAfterWhileReadsGoOn() {
		Gateway gateway = new Gateway(this.port);
		String path = "/api/public/workshops/" + FakePlatform.WORKSHOP_ID + "/registrations";
		int before = platform.registrations().size();
		double refusedBefore = writes("refused");

		int first = post(gateway, path).statusCode();
		int second = post(gateway, path).statusCode();
		HttpResponse<String> third = post(gateway, path);

		assertThat(first).isNotEqualTo(429);
		assertThat(second).isNotEqualTo(429);
		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(third.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(3500L, 3600L));
		assertThat(third.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat((String) JsonPath.read(third.body(), "$.title")).isEqualTo("For mange forespørsler");
		assertThat(platform.registrations()).hasSize(before + 2);
		// operations see the refusals, by outcome only: no client address in the metric
		assertThat(writes("refused")).isEqualTo(refusedBefore + 1);
		assertThat(this.meters.find("gateway.public.writes").counters())
			.allSatisfy((counter) -> assertThat(counter.getId().getTags()).extracting(Tag::getKey)
				.containsOnly("outcome", "application"));

		HttpResponse<String> form = gateway.send(gateway.request("/verksted/" + FakePlatform.WORKSHOP_ID + "/pamelding")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("municipalityNumber=1804")));
		assertThat(form.statusCode()).isEqualTo(429);
		assertThat(form.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(form.body()).contains("For mange forsøk");

		HttpResponse<String> lostLink = gateway
			.send(gateway.request("/api/public/workshops/" + FakePlatform.WORKSHOP_ID + "/manage-link-requests")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"organisationNumber\":\"1804\"}")));
		assertThat(lostLink.statusCode()).isEqualTo(429);
		assertThat(lostLink.headers().firstValue("Retry-After")).isPresent();

		assertThat(gateway.get("/").statusCode()).isEqualTo(200);
	}

	/**
	 * A registration rush: every municipality registers from its own address, and behind
	 * the TLS-terminating proxy (an internal address, here loopback) the client is the
	 * address the proxy forwards. Nobody is refused, however many come at once, while one
	 * address is still held to its allowance. The rush benchmark relies on this: it sends
	 * each municipality's registration with its own {@code X-Forwarded-For}.
	 */
	@Test
	void aRushOfClientsEachFromItsOwnAddressIsNotRefused() {
		Gateway gateway = new Gateway(this.port);
		String path = "/api/public/workshops/" + FakePlatform.WORKSHOP_ID + "/registrations";
		for (int client = 1; client <= 20; client++) {
			assertThat(postFrom(gateway, path, "198.18.0." + client).statusCode()).isNotEqualTo(429);
		}
		assertThat(postFrom(gateway, path, "198.18.1.1").statusCode()).isNotEqualTo(429);
		assertThat(postFrom(gateway, path, "198.18.1.1").statusCode()).isNotEqualTo(429);
		assertThat(postFrom(gateway, path, "198.18.1.1").statusCode()).isEqualTo(429);
	}

	private static HttpResponse<String> postFrom(Gateway gateway, String path, String clientAddress) {
		return gateway.send(gateway.request(path)
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", clientAddress)
			.POST(HttpRequest.BodyPublishers.ofString("{\"municipalityNumber\":\"1804\"}")));
	}

	private static HttpResponse<String> post(Gateway gateway, String path) {
		return gateway.send(gateway.request(path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"municipalityNumber\":\"1804\"}")));
	}

}
