package no.ks.kulturskole.support.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "request bodies limited also when chunked": every service gets the limit from
 * service-support. Here on a small application with a limit of 1 KB, on a real server: a
 * body over it is refused with 413 naming {@code body} whether or not it announces its
 * length, and the endpoint never sees it; a chunked body within it arrives whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:platform-defaults.yml", "spring.application.name=limit-test",
				"platform.http.max-request-body=1KB" })
class RequestBodyLimitTests {

	private static final AtomicInteger CALLS = new AtomicInteger();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@LocalServerPort
	int port;

	@BeforeEach
	void noCallsYet() {
		CALLS.set(0);
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedNamingTheBodyAndNeverReachesTheEndpoint() {
		HttpResponse<String> answer = post(body(1025), true);

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"field\":\"body\"").contains("høyst 1 KB");
		assertThat(CALLS).hasValue(0);
	}

	@Test
	void aBodyOverTheLimitWithItsLengthIsRefusedUnread() {
		HttpResponse<String> answer = post(body(4096), false);

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("\"field\":\"body\"");
		assertThat(CALLS).hasValue(0);
	}

	@Test
	void aChunkedBodyWithinTheLimitArrivesWhole() {
		byte[] body = body(1024);

		HttpResponse<String> answer = post(body, true);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo(String.valueOf(body.length));
		assertThat(CALLS).hasValue(1);
	}

	/** JSON of exactly {@code bytes} bytes. */
	private static byte[] body(int bytes) {
		String json = "{\"padding\":\"" + "x".repeat(bytes - 14) + "\"}";
		assertThat(json.length()).isEqualTo(bytes);
		return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private HttpResponse<String> post(byte[] body, boolean chunked) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/public/echo"))
			.header("Content-Type", "application/json")
			.POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
					: HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@SpringBootApplication
	static class TestApplication {

		@RestController
		static class Echo {

			@PostMapping("/api/public/echo")
			String echo(@RequestBody byte[] body) {
				CALLS.incrementAndGet();
				return String.valueOf(body.length);
			}

		}

	}

}
