package no.ks.kulturskole.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.EvaluationInvited;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.mail.model.MailKind;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16 point 3: each attendee of an ended session gets the link to the evaluation
 * once, in the delegation's language, with the secret sealed in the mail log.
 */
class EvaluationMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	MongoTemplate mongo;

	@Test
	void eachAttendeeGetsTheirOwnLinkOnceInTheDelegationsLanguage() throws Exception {
		DelegationRegistered registered = aDelegation("nn");
		ParticipantRegistered kari = aDelegate(registered, "Kari Nordmann");
		ParticipantRegistered ola = aDelegate(registered, "Ola Nordmann");
		ParticipantRegistered absent = aDelegate(registered, "Per Borte");
		register(registered, List.of(kari, ola, absent));
		String kariSecret = "kari-" + UUID.randomUUID();
		String olaSecret = "ola-" + UUID.randomUUID();
		String kariCertificate = "d-1.kari." + UUID.randomUUID();
		EvaluationInvited invited = new EvaluationInvited(UUID.randomUUID(), registered.delegationId(),
				registered.workshopId(), Instant.now(), EvaluationInvited.SCHEMA_VERSION, registered.sessionId(), "nn",
				List.of(new EvaluationInvited.Invitee(kari.participantId(), SEAL.seal(kariSecret, kari.participantId()),
						SEAL.seal(kariCertificate, kari.participantId())),
						new EvaluationInvited.Invitee(ola.participantId(), SEAL.seal(olaSecret, ola.participantId()))));

		publishRegistration(invited);
		// redelivered, and a new event naming Kari for the same session: no second mail
		publishRegistration(invited);
		publishRegistration(new EvaluationInvited(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), EvaluationInvited.SCHEMA_VERSION, registered.sessionId(), "nn",
				List.of(new EvaluationInvited.Invitee(kari.participantId(),
						SEAL.seal(kariSecret, kari.participantId())))));

		await().atMost(PATIENCE).until(() -> evaluationMailsSentOf(registered) == 2);
		MimeMessage toKari = evaluationMailTo(kari.email());
		assertThat(toKari.getSubject()).isEqualTo("Korleis var økta? Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(toKari)).startsWith("Hei Kari Nordmann,")
			.contains("https://kulturskole.example/evaluering/" + kariSecret)
			.contains("Svara er anonyme")
			.doesNotContain(olaSecret)
			// her participation confirmation, in her language (issue 16 point 4)
			.contains("Deltakarbeviset ditt finn du her:")
			.contains("https://kulturskole.example/deltakerbevis/" + kariCertificate + "?sprak=nn");
		assertThat(Mailbox.html(toKari)).contains("href=\"https://kulturskole.example/evaluering/" + kariSecret + "\"");
		assertThat(Mailbox.text(evaluationMailTo(ola.email()))).contains("/evaluering/" + olaSecret)
			.doesNotContain("Deltakarbevis");
		assertThat(Mailbox.messagesTo(absent.email())).noneMatch(mail -> Mailbox.text(mail).contains("/evaluering/"));

		// a later registration in the same partition proves the duplicates were handled
		DelegationRegistered sentinel = aDelegationRegistered(registered.workshopId(), SeatStatus.CONFIRMED);
		publish(sentinel, aCorrelationId());
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(sentinel.coordinator().email()).size() == 1);
		assertThat(Mailbox.messagesTo(kari.email())).filteredOn(mail -> Mailbox.text(mail).contains("/evaluering/"))
			.hasSize(1);
		List<Document> logged = this.mongo.find(Query.query(
				Criteria.where("delegationId").is(registered.delegationId()).and("kind").is("EVALUATION_INVITATION")),
				Document.class, "mails");
		assertThat(logged).hasSize(2)
			.allSatisfy(mail -> assertThat(mail.toJson()).doesNotContain(kariSecret).doesNotContain(olaSecret));
	}

	@Test
	void theMailIsInEnglishForAnEnglishDelegation() throws Exception {
		DelegationRegistered registered = aDelegation("en");
		ParticipantRegistered kari = aDelegate(registered, "Kari Nordmann");
		register(registered, List.of(kari));
		String secret = "en-" + UUID.randomUUID();

		publishRegistration(new EvaluationInvited(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), EvaluationInvited.SCHEMA_VERSION, registered.sessionId(), "en",
				List.of(new EvaluationInvited.Invitee(kari.participantId(), SEAL.seal(secret, kari.participantId())))));

		await().atMost(PATIENCE).until(() -> evaluationMailsSentOf(registered) == 1);
		MimeMessage mail = evaluationMailTo(kari.email());
		assertThat(mail.getSubject()).isEqualTo("How was the session? Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(mail)).startsWith("Hello Kari Nordmann,").contains("/evaluering/" + secret);
	}

	private long evaluationMailsSentOf(DelegationRegistered registered) {
		return this.mongo.count(Query.query(Criteria.where("delegationId")
			.is(registered.delegationId())
			.and("kind")
			.is(MailKind.EVALUATION_INVITATION.name())
			.and("sentAt")
			.ne(null)), "mails");
	}

	private static MimeMessage evaluationMailTo(String address) {
		return Mailbox.messagesTo(address)
			.stream()
			.filter(mail -> Mailbox.text(mail).contains("/evaluering/"))
			.findFirst()
			.orElseThrow();
	}

	private static DelegationRegistered aDelegation(String language) {
		String workshopId = UUID.randomUUID().toString();
		String delegationId = UUID.randomUUID().toString();
		return new DelegationRegistered(UUID.randomUUID(), delegationId, workshopId, Instant.now(), 1,
				"session-" + workshopId.substring(0, 8), SeatStatus.CONFIRMED,
				new Organisation("1804", "Bodø", "18", "Nordland"),
				new Contact("Kari Nordmann", "koordinator-" + delegationId.substring(0, 8) + "@bodo.kommune.example",
						"+47 900 00 000"),
				3, "Kulturskolen som lokalt ressurssenter", Instant.parse("2027-03-10T08:00:00Z"),
				Instant.parse("2027-03-10T10:30:00Z"), language);
	}

	private static ParticipantRegistered aDelegate(DelegationRegistered registered, String name) {
		return new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804", name,
				"deltaker-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example", "Rektor",
				RoleCategory.SCHOOL);
	}

}
