package no.ks.kulturskole.notification;

import no.ks.kulturskole.testsupport.CallerTokens;
import java.time.Duration;

import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NotificationLogApiIntegrationTests extends NotificationServiceIntegrationTest {

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void client() {
		// as the gateway calls for an administrator: who may call is
		// NotificationSecurityTests'
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("Authorization", CallerTokens.admin("notification-service"))
			.build();
	}

	@Test
	void staffSeeAWorkshopsMailsWithKindStatusTimesTemplateAndRecipient() {
		DelegationRegistered event = aDelegationRegistered(SeatStatus.CONFIRMED);
		publish(event, aCorrelationId());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> "SENT".equals(logFor("workshopId=" + event.workshopId()).path(0).path("status").asString()));

		JsonNode entry = logFor("workshopId=" + event.workshopId()).get(0);
		assertThat(entry.path("kind").asString()).isEqualTo("DELEGATION_CONFIRMATION");
		assertThat(entry.path("recipient").asString()).isEqualTo(event.coordinator().email());
		assertThat(entry.path("delegationId").asString()).isEqualTo(event.delegationId());
		assertThat(entry.path("template").asString()).startsWith("delegation-confirmation/nb@");
		assertThat(entry.path("subject").asString())
			.isEqualTo("Påmelding mottatt: Kulturskolen som lokalt ressurssenter");
		assertThat(entry.path("createdAt").asString()).isNotBlank();
		assertThat(entry.path("sentAt").asString()).isNotBlank();
		assertThat(entry.has("html")).isFalse();
		assertThat(logFor("delegationId=" + event.delegationId())).hasSize(1);
		assertThat(logFor("")).anySatisfy(
				(unfiltered) -> assertThat(unfiltered.path("delegationId").asString()).isEqualTo(event.delegationId()));
	}

	@Test
	void aWorkshopWithoutMailsHasAnEmptyLog() {
		assertThat(logFor("workshopId=no-such-workshop")).isEmpty();
	}

	@Test
	void theLogIsDescribedInTheOpenApiDocument() {
		JsonNode api = this.http.get().uri("/v3/api-docs").retrieve().body(JsonNode.class);

		assertThat(api.path("paths").has("/api/notifications")).isTrue();
	}

	private JsonNode logFor(String query) {
		return this.http.get().uri("/api/notifications?" + query).retrieve().body(JsonNode.class);
	}

}
