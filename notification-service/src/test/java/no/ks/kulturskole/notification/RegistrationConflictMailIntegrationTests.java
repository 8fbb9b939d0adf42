package no.ks.kulturskole.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13: "when a registration for a municipality that already has a delegation comes
 * from another coordinator address, ... both coordinators are told by mail". Through the
 * real broker to GreenMail: each person gets one mail per conflict, however often the
 * event comes, in their own language; the one who tried learns nothing of the
 * coordinator. A hand-over sends the new manage link to the new coordinator.
 */
class RegistrationConflictMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	MailLog mailLog;

	@Test
	void theCoordinatorHearsWhoTriedAndTheOtherPersonHearsOnlyThatTheMunicipalityIsRegisteredOnceEach() {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		publish(registered, aCorrelationId());
		String coordinator = registered.coordinator().email();
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(coordinator).size() == 1);
		String other = "per-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example";
		RegistrationConflictReported reported = conflict(registered, new Contact("Per Olsen", other, null), "en");

		publishRegistration(reported);
		publishRegistration(reported);

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(coordinator).size() == 2);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(other).size() == 1);
		MimeMessage toCoordinator = Mailbox.messagesTo(coordinator).get(1);
		assertThat(Mailbox.subject(toCoordinator))
			.isEqualTo("Noen andre har prøvd å melde på Bodø: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(toCoordinator)).startsWith("Hei Kari Nordmann,")
			.contains("Per Olsen (" + other + ") har prøvd å melde på Bodø")
			.contains("Påmeldingen din er ikke endret")
			.contains("lenken i e-posten du fikk da du meldte på")
			.contains("svare på denne e-posten");
		assertThat(Mailbox.html(toCoordinator)).contains("lang=\"nb\"").contains(other);
		MimeMessage toOther = Mailbox.messagesTo(other).get(0);
		assertThat(Mailbox.subject(toOther))
			.isEqualTo("Bodø is already registered: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(toOther)).startsWith("Dear Per Olsen,")
			.contains("already registered by another contact person, who has been told")
			.contains("reply to this e-mail")
			.doesNotContain("Kari Nordmann")
			.doesNotContain(coordinator)
			.doesNotContain("/delegasjon/");
		assertThat(Mailbox.html(toOther)).contains("lang=\"en\"").doesNotContain(coordinator);

		// a later registration in the same partition proves the redelivery was handled
		DelegationRegistered sentinel = aDelegationRegistered(registered.workshopId(), SeatStatus.CONFIRMED);
		publish(sentinel, aCorrelationId());
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(sentinel.coordinator().email()).size() == 1);
		assertThat(Mailbox.messagesTo(coordinator)).hasSize(2);
		assertThat(Mailbox.messagesTo(other)).hasSize(1);
		await().atMost(PATIENCE)
			.until(() -> this.mailLog.find(null, registered.delegationId(), 10)
				.stream()
				.filter(entry -> entry.sentAt() != null)
				.map(entry -> entry.kind())
				.toList()
				.containsAll(java.util.List.of(MailKind.REGISTRATION_CONFLICT, MailKind.ALREADY_REGISTERED)));
	}

	@Test
	void aNewConflictFromAnotherAddressIsMailedAgainInItsOwnLanguage() {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.WAITLISTED);
		publish(registered, aCorrelationId());
		String coordinator = registered.coordinator().email();
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(coordinator).size() == 1);
		String first = "ola-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example";
		String second = "eva-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example";

		publishRegistration(conflict(registered, new Contact("Ola Olsen", first, null), "nn"));
		publishRegistration(conflict(registered, new Contact("Eva Hansen", second, null), "nb"));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(coordinator).size() == 3);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(first).size() == 1);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(second).size() == 1);
		assertThat(Mailbox.subject(Mailbox.messagesTo(first).get(0)))
			.isEqualTo("Bodø er alt påmeld: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(Mailbox.messagesTo(first).get(0))).contains("ein annan kontaktperson");
		assertThat(Mailbox.subject(Mailbox.messagesTo(second).get(0)))
			.isEqualTo("Bodø er allerede påmeldt: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.messagesTo(coordinator).subList(1, 3)).extracting(Mailbox::text)
			.anySatisfy(text -> assertThat(text).contains("Ola Olsen (" + first + ")"))
			.anySatisfy(text -> assertThat(text).contains("Eva Hansen (" + second + ")"));
	}

	@Test
	void aHandOverSendsTheNewLinkToTheNewCoordinatorAndTellsTheOldOne() {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		publish(registered, aCorrelationId());
		String coordinator = registered.coordinator().email();
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(coordinator).size() == 1);
		String other = "per-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example";
		Contact per = new Contact("Per Olsen", other, null);
		RegistrationConflictReported reported = conflict(registered, per, "nn");
		publishRegistration(reported);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(coordinator).size() == 2);
		String secret = "overtatt-" + UUID.randomUUID();

		publishRegistration(new RegistrationConflictResolved(UUID.randomUUID(), registered.delegationId(),
				registered.workshopId(), Instant.now(), 1, reported.conflictId(),
				RegistrationConflictResolved.Resolution.HAND_OVER, "stab", per, 1L));
		ManageLinkIssued issued = new ManageLinkIssued(UUID.randomUUID(), registered.delegationId(),
				registered.workshopId(), Instant.now(), 1, SEAL.seal(secret, registered.delegationId()),
				ManageLinkIssued.Reason.HANDED_OVER, "nn");
		publishRegistration(issued);

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(other).size() == 2);
		MimeMessage link = Mailbox.messagesTo(other)
			.stream()
			.filter(mail -> Mailbox.subject(mail).startsWith("Du er kontaktperson"))
			.findFirst()
			.orElseThrow();
		assertThat(Mailbox.subject(link))
			.isEqualTo("Du er kontaktperson for påmeldinga: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(link)).startsWith("Hei Per Olsen,")
			.contains("https://kulturskole.example/delegasjon/" + registered.delegationId() + "?nokkel=" + secret)
			.contains("verkar ikkje lenger");
		// the coordinator who was replaced is told, in the delegation's language
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(coordinator).size() == 3);
		MimeMessage replaced = Mailbox.messagesTo(coordinator).get(2);
		assertThat(Mailbox.subject(replaced))
			.isEqualTo("Ny kontaktperson for påmeldingen: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(replaced)).startsWith("Hei Kari Nordmann,")
			.contains("Per Olsen (" + other + ") til kontaktperson")
			.contains("virker ikke lenger")
			.doesNotContain(secret);
		// the same events again, then a sentinel in the same partition: nobody got more
		publishRegistration(new RegistrationConflictResolved(UUID.randomUUID(), registered.delegationId(),
				registered.workshopId(), Instant.now(), 1, reported.conflictId(),
				RegistrationConflictResolved.Resolution.HAND_OVER, "stab", per, 1L));
		publishRegistration(issued);
		DelegationRegistered sentinel = aDelegationRegistered(registered.workshopId(), SeatStatus.CONFIRMED);
		publish(sentinel, aCorrelationId());
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(sentinel.coordinator().email()).size() == 1);
		assertThat(Mailbox.messagesTo(coordinator)).hasSize(3);
		assertThat(Mailbox.messagesTo(other)).hasSize(2);
	}

	private static RegistrationConflictReported conflict(DelegationRegistered registered, Contact contact,
			String language) {
		return new RegistrationConflictReported(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), RegistrationConflictReported.SCHEMA_VERSION, UUID.randomUUID().toString(),
				registered.organisation(), contact, language, 1L);
	}

}
