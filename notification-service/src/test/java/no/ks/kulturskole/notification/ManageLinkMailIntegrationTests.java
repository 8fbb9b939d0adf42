package no.ks.kulturskole.notification;

import no.ks.kulturskole.testsupport.CallerTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coordinator's manage link: opened from its seal only to be mailed, never stored or
 * shown in the clear.
 */
class ManageLinkMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	MailLog mailLog;

	@Autowired
	MongoTemplate mongo;

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
	void theCoordinatorsConfirmationSummarisesTheDelegationAndCarriesTheManageLink() throws Exception {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		List<ParticipantRegistered> delegates = List.of(aDelegate(registered, "Ola Nordmann", "Rektor"),
				aDelegate(registered, "Eva Hansen", "Ordfører"));
		String secret = "s3cr3t-" + UUID.randomUUID();

		RegistrationEventsTopic.publish(registered.workshopId(), "DelegationRegistered",
				registered.eventId().toString(), aCorrelationId(), this.json.writeValueAsBytes(registered));
		delegates.forEach(this::publishRegistration);
		publishManageLink(registered, secret, ManageLinkIssued.Reason.REGISTERED, aCorrelationId());

		String coordinator = registered.coordinator().email();
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(coordinator).size() == 1);
		MimeMessage mail = Mailbox.messagesTo(coordinator).get(0);
		String link = "https://kulturskole.example/delegasjon/" + registered.delegationId() + "?nokkel=" + secret;
		assertThat(mail.getSubject()).isEqualTo("Påmelding mottatt: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(mail)).contains("Antall deltakere:  2")
			.contains("- Ola Nordmann (Rektor)")
			.contains("- Eva Hansen (Ordfører)")
			.contains(link);
		assertThat(Mailbox.html(mail)).contains("href=\"" + link + "\"");
		// the delegates each got their own confirmation, not the link
		for (ParticipantRegistered delegate : delegates) {
			await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
			assertThat(Mailbox.text(Mailbox.messagesTo(delegate.email()).get(0))).doesNotContain(secret);
		}

		await().atMost(PATIENCE).until(() -> sentTo(registered, MailKind.DELEGATION_CONFIRMATION));
		assertThatTheSecretIsNowhereInTheLog(registered, secret);
	}

	@Test
	void aRequestedLinkComesInAMailOfItsOwnOnceHoweverOftenTheEventArrives() throws Exception {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		publish(registered, aCorrelationId());
		String coordinator = registered.coordinator().email();
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(coordinator).size() == 1);
		String secret = "ny-" + UUID.randomUUID();

		ManageLinkIssued requested = publishManageLink(registered, secret, ManageLinkIssued.Reason.REQUESTED,
				aCorrelationId());
		RegistrationEventsTopic.publish(registered.workshopId(), "ManageLinkIssued", requested.eventId().toString(),
				aCorrelationId(), this.json.writeValueAsBytes(requested));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(coordinator).size() == 2);
		MimeMessage mail = Mailbox.messagesTo(coordinator).get(1);
		assertThat(mail.getSubject()).isEqualTo("Ny lenke til påmeldingen: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(mail)).startsWith("Hei Kari Nordmann,")
			.contains("https://kulturskole.example/delegasjon/" + registered.delegationId() + "?nokkel=" + secret)
			.contains("Den gamle virker ikke lenger");
		await().atMost(PATIENCE).until(() -> sentTo(registered, MailKind.MANAGE_LINK));
		// a second, later, sentinel registration in the same partition proves the
		// duplicate was handled
		DelegationRegistered sentinel = aDelegationRegistered(registered.workshopId(), SeatStatus.CONFIRMED);
		publish(sentinel, aCorrelationId());
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(sentinel.coordinator().email()).size() == 1);
		assertThat(Mailbox.messagesTo(coordinator)).hasSize(2);
		assertThatTheSecretIsNowhereInTheLog(registered, secret);
	}

	@Test
	void staffResendAManageLinkMailAndItArrivesWithTheWorkingLinkAgain() {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		publish(registered, aCorrelationId());
		String requestedSecret = "bestilt-" + UUID.randomUUID();
		publishManageLink(registered, requestedSecret, ManageLinkIssued.Reason.REQUESTED, aCorrelationId());
		String coordinator = registered.coordinator().email();
		await().atMost(PATIENCE).until(() -> sentTo(registered, MailKind.MANAGE_LINK));
		String id = this.mailLog.find(null, registered.delegationId(), 10)
			.stream()
			.filter((entry) -> entry.kind() == MailKind.MANAGE_LINK)
			.findFirst()
			.orElseThrow()
			.id();

		JsonNode answer = this.http.post()
			.uri("/api/notifications/resend")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("notificationId", id))
			.retrieve()
			.body(JsonNode.class);

		assertThat(answer.path("notificationId").asString()).startsWith(id + "-resend-");
		await().atMost(PATIENCE)
			.until(() -> Mailbox.messagesTo(coordinator)
				.stream()
				.filter((mail) -> Mailbox.text(mail).contains("?nokkel=" + requestedSecret))
				.count() == 2);
		assertThat(this.mailLog.find(null, registered.delegationId(), 10)).extracting(MailLogEntry::id)
			.contains(id, answer.path("notificationId").asString());
	}

	@Test
	void resendingAnUnknownMailIsNotFoundAndAMissingIdNamesTheField() {
		HttpStatusCode unknown = this.http.post()
			.uri("/api/notifications/resend")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("notificationId", "DELEGATION_CONFIRMATION:finnes-ikke"))
			.exchange((request, response) -> response.getStatusCode());
		JsonNode missing = this.http.post()
			.uri("/api/notifications/resend")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of())
			.exchange((request, response) -> this.json.readTree(response.getBody()));

		assertThat(unknown.value()).isEqualTo(404);
		assertThat(missing.path("status").asInt()).isEqualTo(400);
		assertThat(missing.toString()).contains("notificationId");
	}

	private boolean sentTo(DelegationRegistered registered, MailKind kind) {
		return this.mailLog.find(null, registered.delegationId(), 10)
			.stream()
			.anyMatch((entry) -> entry.kind() == kind && entry.sentAt() != null);
	}

	/**
	 * Not in the stored e-mails (text, HTML, anything), and not in what staff see.
	 */
	private void assertThatTheSecretIsNowhereInTheLog(DelegationRegistered registered, String secret) {
		List<Document> stored = this.mongo.find(org.springframework.data.mongodb.core.query.Query
			.query(org.springframework.data.mongodb.core.query.Criteria.where("delegationId")
				.is(registered.delegationId())), Document.class, "mails");
		assertThat(stored).isNotEmpty().allSatisfy((document) -> assertThat(document.toJson()).doesNotContain(secret));
		assertThat(stored).anySatisfy(
				(document) -> assertThat(document.getString("text")).contains("?nokkel=NOKKEL-SETTES-INN-VED-SENDING"));
		String staffView = this.http.get()
			.uri("/api/notifications?delegationId=" + registered.delegationId())
			.retrieve()
			.body(String.class);
		assertThat(staffView).doesNotContain(secret).doesNotContain("NOKKEL");
	}

	private static ParticipantRegistered aDelegate(DelegationRegistered registered, String name, String role) {
		return new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804", name,
				"delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example", role,
				RoleCategory.KULTURSKOLE);
	}

}
