package no.ks.kulturskole.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS for the APIs, with one configured frontend origin. */
class CrossOriginTests extends PagesTestBase {

	@LocalServerPort
	int port;

	@Test
	void aConfiguredFrontendMayCallThePublicApiFromTheBrowser() {
		Gateway gateway = new Gateway(this.port);

		HttpResponse<String> preflight = gateway
			.send(gateway.request("/api/public/workshops/" + FakePlatform.WORKSHOP_ID + "/registrations")
				.header("Origin", "https://kommune.example.no")
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "content-type")
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
			.hasValue("https://kommune.example.no");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void anyOtherOriginIsRefused() {
		Gateway gateway = new Gateway(this.port);

		HttpResponse<String> response = gateway
			.send(gateway.request("/api/public/workshops").header("Origin", "https://ondsinnet.example.com").GET());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

}
