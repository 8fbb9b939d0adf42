package no.ks.kulturskole.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.notification.MessageSentToRegistrants;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.message.application.MessageStore;
import no.ks.kulturskole.notification.message.application.RegistrantMessages;
import no.ks.kulturskole.notification.message.model.Audience;
import no.ks.kulturskole.notification.message.model.LocalisedText;
import no.ks.kulturskole.notification.message.model.Recipient;
import no.ks.kulturskole.notification.message.model.RegistrantMessage;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff's message to a workshop's registrants, from the API to the SMTP server and the
 * topic: exactly the chosen people, each once, in their language.
 */
class RegistrantMessageIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Instant STARTS = Instant.parse("2027-03-10T08:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MessageStore messageStore;

	@Autowired
	RegistrantMessages registrantMessages;

	RestClient http;

	String workshopId;

	@BeforeEach
	void aWorkshopWithTwoSessions() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("Authorization", CallerTokens.staff("notification-service"))
			.build();
		this.workshopId = UUID.randomUUID().toString();
		publishWorkshop(
				new WorkshopScheduled(UUID.randomUUID(), this.workshopId, Instant.now(), 1,
						"Kulturskolen som lokalt ressurssenter", "Beskrivelse", "Program", WorkshopFormat.ONLINE, null,
						"nb", Instant.parse("2027-02-01T12:00:00Z"), 1, 6, false,
						List.of(new SessionDetails(session(1), STARTS, STARTS.plusSeconds(9000), 30, null),
								new SessionDetails(session(2), STARTS.plusSeconds(86400), STARTS.plusSeconds(95400), 30,
										null))));
		await().atMost(PATIENCE).until(() -> this.mongo.findById(this.workshopId, Document.class, "workshops") != null);
	}

	@Test
	void aMessageToTheConfirmedDelegatesOfOneSessionReachesExactlyThemOnceInTheirLanguage() {
		Registered nynorsk = register(session(1), SeatStatus.CONFIRMED, "nn", 2);
		Registered bokmaal = register(session(1), SeatStatus.CONFIRMED, "nb", 1);
		Registered waitlisted = register(session(1), SeatStatus.WAITLISTED, "nb", 1);
		Registered otherSession = register(session(2), SeatStatus.CONFIRMED, "nb", 1);
		Map<String, Object> audience = audience(session(1), List.of("CONFIRMED"), List.of("DELEGATES"));

		assertThat(post("/preview", Map.of("audience", audience)).body().path("recipients").asInt()).isEqualTo(3);

		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.NOTIFICATION_EVENTS)) {
			Answer sent = post("",
					Map.of("audience", audience, "subject", Map.of("nb", "Ny møtelenke", "nn", "Ny møtelenkje"), "body",
							Map.of("nb", "Møtet har fått ny lenke.\n\nVel møtt!", "nn", "Møtet har fått ny lenkje.")));

			assertThat(sent.status()).isEqualTo(202);
			assertThat(sent.body().path("recipients").asInt()).isEqualTo(3);
			String messageId = sent.body().path("messageId").asString();
			await().atMost(PATIENCE).untilAsserted(() -> {
				assertThat(messagesTo(nynorsk.delegates().get(0))).hasSize(1);
				assertThat(messagesTo(nynorsk.delegates().get(1))).hasSize(1);
				assertThat(messagesTo(bokmaal.delegates().get(0))).hasSize(1);
			});
			MimeMessage toNynorsk = messagesTo(nynorsk.delegates().get(0)).get(0);
			assertThat(Mailbox.subject(toNynorsk)).isEqualTo("Ny møtelenkje");
			assertThat(Mailbox.text(toNynorsk)).contains("Møtet har fått ny lenkje.").contains("Med venleg helsing");
			MimeMessage toBokmaal = messagesTo(bokmaal.delegates().get(0)).get(0);
			assertThat(Mailbox.subject(toBokmaal)).isEqualTo("Ny møtelenke");
			assertThat(Mailbox.html(toBokmaal)).contains("Møtet har fått ny lenke.").contains("Vel møtt!");
			assertThat(messagesTo(waitlisted.delegates().get(0))).isEmpty();
			assertThat(messagesTo(otherSession.delegates().get(0))).isEmpty();
			assertThat(messagesTo(nynorsk.coordinator())).isEmpty();

			await().atMost(PATIENCE)
				.until(() -> !probe.recordsOfType("MessageSentToRegistrants")
					.stream()
					.filter((record) -> record.key().equals(this.workshopId))
					.toList()
					.isEmpty());
			TopicProbe.PublishedRecord event = probe.recordsOfType("MessageSentToRegistrants")
				.stream()
				.filter((record) -> record.key().equals(this.workshopId))
				.findFirst()
				.orElseThrow();
			JsonNode published = this.json.readTree(event.value());
			assertThat(published.path("messageId").asString()).isEqualTo(messageId);
			assertThat(published.path("recipients").asInt()).isEqualTo(3);
			assertThat(published.path("sessionId").asString()).isEqualTo(session(1));
			assertThat(published.path("subject").asString()).isEqualTo("Ny møtelenke");
			assertThat(event.value()).doesNotContain("@").doesNotContain("Nordmann");
		}
	}

	@Test
	void theSameMessageSentAgainMailsNobodyTwiceAndACoordinatorWhoIsAlsoADelegateGetsItOnce() {
		Registered nynorsk = register(session(1), SeatStatus.CONFIRMED, "nn", 1);
		Registered selfRegistered = registerWithCoordinatorAsDelegate(session(2), SeatStatus.WAITLISTED);
		String messageId = UUID.randomUUID().toString();
		Map<String, Object> message = Map.of("messageId", messageId, "audience",
				audience(null, List.of("CONFIRMED", "WAITLISTED"), List.of("DELEGATES", "COORDINATORS")), "subject",
				Map.of("nb", "Husk forberedelsene"), "body", Map.of("nb", "Les notatet før vi møtes."));

		Answer first = post("", message);
		Answer again = post("", message);

		assertThat(first.status()).isEqualTo(202);
		assertThat(again.status()).isEqualTo(202);
		assertThat(first.body().path("recipients").asInt()).isEqualTo(3);
		assertThat(again.body().path("messageId").asString()).isEqualTo(messageId);
		assertThat(again.body().path("recipients").asInt()).isEqualTo(3);
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(messagesTo(nynorsk.delegates().get(0))).hasSize(1);
			assertThat(messagesTo(nynorsk.coordinator())).hasSize(1);
			assertThat(messagesTo(selfRegistered.coordinator())).hasSize(1);
		});
		// no nynorsk version was written: bokmål for the nynorsk delegation
		assertThat(Mailbox.subject(messagesTo(nynorsk.coordinator()).get(0))).isEqualTo("Husk forberedelsene");
		assertThat(Mailbox.text(messagesTo(nynorsk.delegates().get(0)).get(0))).contains("Les notatet før vi møtes.");
		assertThat(this.mongo.count(Query.query(Criteria.where("_id").is(messageId)), "messages")).isEqualTo(1);
		// the retrier's rounds, the resend of no e-mail: still one each, a while later
		await().during(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() -> {
			assertThat(messagesTo(nynorsk.delegates().get(0))).hasSize(1);
			assertThat(messagesTo(selfRegistered.coordinator())).hasSize(1);
			// the same person as a delegate, in other letters: not a second e-mail
			assertThat(messagesTo(selfRegistered.delegates().get(0))).isEmpty();
		});
	}

	/**
	 * The process stopped after storing a message and before its mails: the sweep mails
	 * each recipient, once, however often it runs (here: its schedule and a call of our
	 * own), and marks the message done.
	 */
	@Test
	void aMessageInterruptedBeforeItsMailsIsFinishedByTheSweepOnce() {
		String messageId = UUID.randomUUID().toString();
		String first = "avbrutt-1-" + messageId.substring(0, 8) + "@bodo.kommune.example";
		String second = "avbrutt-2-" + messageId.substring(0, 8) + "@bodo.kommune.example";
		RegistrantMessage interrupted = new RegistrantMessage(messageId, this.workshopId,
				new Audience(null, Set.of(Audience.SeatStatus.CONFIRMED), Set.of(Audience.Role.DELEGATES)),
				new LocalisedText(Map.of("nb", "Emne", "nn", "Emne")), new LocalisedText(Map.of("nb", "Tekst")),
				List.of(new Recipient(first, "Ola Nordmann", "d-1", session(1), "nn"),
						new Recipient(second, "Kari Nordmann", "d-2", session(1), "nb")),
				Instant.now().minus(Duration.ofMinutes(5)), null);
		assertThat(this.messageStore.record(interrupted,
				new MessageSentToRegistrants(UUID.randomUUID(), messageId, this.workshopId, interrupted.createdAt(), 1,
						null, List.of("CONFIRMED"), List.of("DELEGATES"), 2, "Emne")))
			.isTrue();

		this.registrantMessages.finishInterrupted();

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(messagesTo(first)).hasSize(1);
			assertThat(messagesTo(second)).hasSize(1);
			assertThat(this.messageStore.find(messageId).orElseThrow().mailedAt()).isNotNull();
		});
		this.registrantMessages.finishInterrupted();
		await().during(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() -> {
			assertThat(messagesTo(first)).hasSize(1);
			assertThat(messagesTo(second)).hasSize(1);
		});
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsStoredOrSent() {
		Registered delegation = register(session(1), SeatStatus.CONFIRMED, "nb", 1);
		Map<String, Object> audience = audience(null, List.of("CONFIRMED"), List.of("DELEGATES"));

		assertRefused(post("",
				Map.of("audience", audience, "subject", Map.of("nn", "Berre nynorsk"), "body", Map.of("nb", "Tekst"))),
				"subject.nb");
		assertRefused(post("", Map.of("audience", audience, "subject", Map.of("nb", "Emne"))), "body.nb");
		assertRefused(post("",
				Map.of("audience", audience, "subject", Map.of("nb", "x".repeat(201)), "body", Map.of("nb", "Tekst"))),
				"subject.nb");
		assertRefused(post("", Map.of("audience", audience(null, List.of("DELETED"), List.of("DELEGATES")), "subject",
				Map.of("nb", "Emne"), "body", Map.of("nb", "Tekst"))), "audience.statuses");
		assertRefused(post("", Map.of("audience", audience(null, List.of("CONFIRMED"), List.of()), "subject",
				Map.of("nb", "Emne"), "body", Map.of("nb", "Tekst"))), "audience.roles");
		assertRefused(post("",
				Map.of("audience", audience("another-workshops-session", List.of("CONFIRMED"), List.of("DELEGATES")),
						"subject", Map.of("nb", "Emne"), "body", Map.of("nb", "Tekst"))),
				"audience.sessionId");
		assertRefused(post("", Map.of("audience", audience(null, List.of("CANCELLED"), List.of("DELEGATES")), "subject",
				Map.of("nb", "Emne"), "body", Map.of("nb", "Tekst"))), "audience");
		assertRefused(post("/preview", Map.of()), "audience");

		assertThat(this.mongo.count(Query.query(Criteria.where("workshopId").is(this.workshopId)), "messages"))
			.isZero();
		assertThat(this.mongo.count(
				Query.query(Criteria.where("workshopId").is(this.workshopId).and("kind").is("REGISTRANT_MESSAGE")),
				"mails"))
			.isZero();
		assertThat(messagesTo(delegation.delegates().get(0))).isEmpty();
	}

	@Test
	void anUnknownWorkshopIsNotFound() {
		Answer answer = this.http.post()
			.uri("/api/workshops/no-such-workshop/messages/preview")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("audience", audience(null, List.of("CONFIRMED"), List.of("DELEGATES"))))
			.exchange((request, response) -> new Answer(response.getStatusCode().value(),
					this.json.readTree(response.getBody())));

		assertThat(answer.status()).isEqualTo(404);
	}

	private void assertRefused(Answer answer, String field) {
		assertThat(answer.status()).as(field).isEqualTo(400);
		assertThat(answer.contentType()).as(field).startsWith("application/problem+json");
		assertThat(answer.body().path("errors").path(0).path("field").asString()).as(answer.body().toString())
			.isEqualTo(field);
	}

	private Answer post(String path, Map<String, Object> body) {
		return this.http.post()
			.uri("/api/workshops/{workshopId}/messages" + path, this.workshopId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange((request, response) -> new Answer(response.getStatusCode().value(),
					this.json.readTree(response.getBody()), String.valueOf(response.getHeaders().getContentType())));
	}

	private static Map<String, Object> audience(String sessionId, List<String> statuses, List<String> roles) {
		Map<String, Object> audience = new java.util.HashMap<>();
		audience.put("sessionId", sessionId);
		audience.put("statuses", statuses);
		audience.put("roles", roles);
		return audience;
	}

	private String session(int number) {
		return "s" + number + "-" + this.workshopId.substring(0, 8);
	}

	private Registered register(String sessionId, SeatStatus status, String language, int delegates) {
		String delegationId = UUID.randomUUID().toString();
		String coordinator = "koordinator-" + delegationId.substring(0, 8) + "@bodo.kommune.example";
		List<String> addresses = java.util.stream.IntStream.range(0, delegates)
			.mapToObj((n) -> "delegat-" + n + "-" + delegationId.substring(0, 8) + "@bodo.kommune.example")
			.toList();
		return registered(delegationId, sessionId, status, language, coordinator, addresses);
	}

	private Registered registerWithCoordinatorAsDelegate(String sessionId, SeatStatus status) {
		String delegationId = UUID.randomUUID().toString();
		String coordinator = "kari-" + delegationId.substring(0, 8) + "@bodo.kommune.example";
		return registered(delegationId, sessionId, status, "nb", coordinator, List.of(coordinator.toUpperCase()));
	}

	private Registered registered(String delegationId, String sessionId, SeatStatus status, String language,
			String coordinator, List<String> delegates) {
		DelegationRegistered registered = new DelegationRegistered(UUID.randomUUID(), delegationId, this.workshopId,
				Instant.now(), 1, sessionId, status, new Organisation("1804", "Bodø", "18", "Nordland"),
				new Contact("Kari Nordmann", coordinator, "+47 900 00 000"), delegates.size(),
				"Kulturskolen som lokalt ressurssenter", STARTS, STARTS.plusSeconds(9000), language);
		register(registered,
				delegates.stream()
					.map((email) -> new ParticipantRegistered(UUID.randomUUID(), delegationId, this.workshopId,
							Instant.now(), 1, UUID.randomUUID().toString(), sessionId, "1804", "Ola Nordmann", email,
							"Lærer", RoleCategory.KULTURSKOLE))
					.toList());
		await().atMost(PATIENCE).until(() -> {
			Document replica = this.mongo.findById(delegationId, Document.class, "delegations");
			return replica != null && replica.get("status") != null && replica.get("delegates", Document.class) != null
					&& replica.get("delegates", Document.class).size() == delegates.size();
		});
		return new Registered(coordinator, delegates);
	}

	/**
	 * This test's message only: the registration's own confirmations have other subjects.
	 */
	private static List<MimeMessage> messagesTo(String address) {
		return Mailbox.messagesTo(address).stream().filter((message) -> {
			String subject = Mailbox.subject(message);
			return subject.startsWith("Ny møtelenk") || subject.equals("Husk forberedelsene") || subject.equals("Emne");
		}).toList();
	}

	record Registered(String coordinator, List<String> delegates) {
	}

	record Answer(int status, JsonNode body, String contentType) {

		Answer(int status, JsonNode body) {
			this(status, body, null);
		}

	}

}
