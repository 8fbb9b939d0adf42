package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Password guessing at the gateway is slowed per account and per client (the clients told
 * apart by X-Forwarded-For, which the gateway trusts from its local proxy), and a pause
 * always ends. Its own context, with small limits and a short window, so that no other
 * test's sign-ins count.
 */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.gateway.login-throttle.per-account=3", "platform.gateway.login-throttle.per-client=5",
				"platform.gateway.login-throttle.window=10s" })
class LoginThrottleTests {

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

	Gateway gateway;

	@BeforeEach
	void gateway() {
		this.gateway = new Gateway(this.port);
	}

	@Test
	void anAccountWithTooManyWrongPasswordsIsPausedForAWhileAndThenOpensWithTheRightOne() {
		for (int i = 0; i < 3; i++) {
			assertThat(signIn("admin", "gjett-" + i, "198.51.100." + (i + 1)).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> paused = signIn("admin", "kulturskole-admin", "203.0.113.50");

		assertThat(paused.statusCode()).isEqualTo(429);
		assertThat(paused.headers().firstValue("Retry-After")).isPresent();
		assertThat(paused.body()).contains("For mange");
		await().atMost(Duration.ofSeconds(40))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> signIn("admin", "kulturskole-admin", "203.0.113.50").statusCode() == 200);
	}

	@Test
	void aClientThatGuessesAcrossAccountsIsPausedWhileOthersSignInAsUsual() {
		String guesser = "198.51.100.99";
		for (int i = 0; i < 5; i++) {
			signIn("konto-" + i, "gjett", guesser);
		}

		assertThat(signIn("stab", "kulturskole", guesser).statusCode()).isEqualTo(429);
		assertThat(signIn("stab", "kulturskole", "203.0.113.7").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> signIn(String username, String password, String client) {
		return this.gateway.send(this.gateway.request("/api/workshops")
			.header("Authorization", Gateway.basic(username, password))
			.header("X-Forwarded-For", client)
			.GET());
	}

}
