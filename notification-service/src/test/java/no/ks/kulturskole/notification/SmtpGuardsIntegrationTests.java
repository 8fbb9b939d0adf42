package no.ks.kulturskole.notification;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.notification.mail.application.MailTransportException;
import no.ks.kulturskole.testsupport.CallerTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP guards come from Resilience4j's registries, built from
 * {@code platform.mail.smtp-resilience.*}, so that operations see them: the circuit's
 * state as a metric and in the health details staff may read.
 */
class SmtpGuardsIntegrationTests extends NotificationServiceIntegrationTest {

	@Autowired
	RetryRegistry retries;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@Autowired
	BulkheadRegistry bulkheads;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Environment environment;

	@LocalServerPort
	int port;

	@Test
	void theGuardsAreConfiguredFromThePlatformsSmtpSettings() {
		RetryConfig retry = this.retries.retry("smtp").getRetryConfig();
		CircuitBreakerConfig circuit = this.circuitBreakers.circuitBreaker("smtp").getCircuitBreakerConfig();

		assertThat(retry.getMaxAttempts())
			.isEqualTo(setting("platform.mail.smtp-resilience.retry-attempts", Integer.class));
		// this class's settings: 100 ms before the second call, doubled before the third
		assertThat(retry.getIntervalBiFunction().apply(1, null)).isEqualTo(100);
		assertThat(retry.getIntervalBiFunction().apply(2, null)).isEqualTo(200);
		assertThat(circuit.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(1000);
		assertThat(circuit.getMinimumNumberOfCalls())
			.isEqualTo(setting("platform.mail.smtp-resilience.minimum-calls", Integer.class));
		assertThat(this.bulkheads.bulkhead("smtp").getBulkheadConfig().getMaxConcurrentCalls())
			.isEqualTo(setting("platform.mail.smtp-resilience.max-concurrent-calls", Integer.class));
	}

	@Test
	void aFailureThatMayPassIsRetriedAndCountedButARejectedAddressIsNeither() {
		MailTransportException timeout = new MailTransportException("SMTP send failed: SocketTimeoutException", null,
				false);
		MailTransportException rejected = new MailTransportException("SMTP send failed: SMTPAddressFailedException",
				null, true);
		RetryConfig retry = this.retries.retry("smtp").getRetryConfig();
		CircuitBreakerConfig circuit = this.circuitBreakers.circuitBreaker("smtp").getCircuitBreakerConfig();

		assertThat(retry.getExceptionPredicate().test(timeout)).isTrue();
		assertThat(retry.getExceptionPredicate().test(rejected)).isFalse();
		assertThat(circuit.getRecordExceptionPredicate().test(timeout)).isTrue();
		assertThat(circuit.getRecordExceptionPredicate().test(rejected)).isFalse();
	}

	@Test
	void theCircuitsStateIsAMetricAndStaffSeeItInTheHealthDetails() {
		assertThat(this.meters.find("resilience4j.circuitbreaker.state").tag("name", "smtp").gauges()).isNotEmpty();
		assertThat(this.meters.find("resilience4j.retry.calls").tag("name", "smtp").meters()).isNotEmpty();
		assertThat(this.meters.find("resilience4j.bulkhead.available.concurrent.calls").tag("name", "smtp").gauges())
			.isNotEmpty();

		JsonNode forStaff = health(CallerTokens.staff("notification-service"));
		assertThat(forStaff.at("/components/circuitBreakers/details/smtp/details/state").asString())
			.isEqualTo("CLOSED");
		assertThat(health(null).has("components")).isFalse();
	}

	private JsonNode health(String authorization) {
		RestClient.RequestHeadersSpec<?> request = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/actuator/health");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.json.readTree(request.retrieve().body(String.class));
	}

	private <T> T setting(String name, Class<T> type) {
		return this.environment.getRequiredProperty(name, type);
	}

}
