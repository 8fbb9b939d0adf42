package no.ks.kulturskole.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopInvitationsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import no.ks.kulturskole.notification.pilot.application.PilotDecisions;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PilotAndFailureMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	MailLog mailLog;

	@Autowired
	MongoTemplate mongo;

	/**
	 * Alstahaug registers no delegation in any test: a municipality that never told us
	 * its language is answered in bokmål.
	 */
	@Test
	void theContactOfASelectedMunicipalityIsToldSo() throws Exception {
		String applicationId = UUID.randomUUID().toString();
		String contact = "kontakt-" + applicationId.substring(0, 8) + "@alstahaug.kommune.example";
		publishPilot(new PilotApplicationSubmitted(UUID.randomUUID(), applicationId, Instant.now(), 1,
				new Organisation("1820", "Alstahaug", "18", "Nordland"), new Contact("Kari Nordmann", contact, null),
				"Vi vil utvikle kulturskolen som ressurssenter", true));
		PilotMunicipalitySelected selected = new PilotMunicipalitySelected(UUID.randomUUID(), applicationId,
				Instant.now(), 1, "1820");
		publishPilot(selected);
		publishPilot(selected);

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(contact).size() == 1);
		MimeMessage mail = Mailbox.messagesTo(contact).get(0);
		assertThat(mail.getSubject()).isEqualTo("Valgt til piloten Kulturskole 3.0");
		assertThat(Mailbox.text(mail)).startsWith("Hei Kari Nordmann,")
			.contains("søknaden fra Alstahaug")
			.contains("kommunen er valgt ut til piloten");
		assertThat(this.mailLog.find("pilot-kulturskole-3.0", applicationId, 10)).singleElement().satisfies((entry) -> {
			assertThat(entry.kind()).isEqualTo(MailKind.PILOT_SELECTED);
			assertThat(entry.template()).startsWith("pilot-decision/nb@");
		});
	}

	/**
	 * Rana's coordinator of an earlier delegation (who chose nynorsk) and its pilot
	 * applicant are invited once each, also when the list comes again; Lurøy, whom the
	 * platform has never heard from, is mailed nobody; Rødøy's applicant, added to the
	 * list later, gets an invitation then.
	 */
	@Test
	void theKnownContactsOfEachInvitedOrganisationGetOneInvitationWithTheRegistrationLink() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Organisation rana = new Organisation("1833", "Rana", "18", "Nordland");
		String coordinator = "koordinator-" + marker + "@rana.kommune.example";
		String applicant = "soker-" + marker + "@rana.kommune.example";
		String laterApplicant = "soker-" + marker + "@rodoy.kommune.example";
		DelegationRegistered earlier = new DelegationRegistered(UUID.randomUUID(), UUID.randomUUID().toString(),
				UUID.randomUUID().toString(), Instant.now(), 1, "s-earlier", SeatStatus.CONFIRMED, rana,
				new Contact("Nils Koordinator", coordinator, null), 2, "Et tidligere verksted",
				Instant.parse("2026-03-10T08:00:00Z"), Instant.parse("2026-03-10T10:30:00Z"), "nn");
		publish(earlier, aCorrelationId());
		publishPilot(new PilotApplicationSubmitted(UUID.randomUUID(), UUID.randomUUID().toString(), Instant.now(), 1,
				rana, new Contact("Siri Søker", applicant, null), "Motivasjon", true));
		// the coordinator applied too, writing the address in capitals: one person, one
		// mail
		publishPilot(new PilotApplicationSubmitted(UUID.randomUUID(), UUID.randomUUID().toString(), Instant.now(), 1,
				rana, new Contact("Nils Koordinator", coordinator.toUpperCase(java.util.Locale.ROOT), null),
				"Motivasjon", true));
		publishPilot(new PilotApplicationSubmitted(UUID.randomUUID(), UUID.randomUUID().toString(), Instant.now(), 1,
				new Organisation("1836", "Rødøy", "18", "Nordland"), new Contact("Per Søker", laterApplicant, null),
				"Motivasjon", true));
		String workshopId = UUID.randomUUID().toString();
		Instant start = Instant.parse("2027-09-15T07:00:00Z");
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, "Samling for piloten",
				"Om samlingen", "Fremtidens kulturskole", WorkshopFormat.VENUE, "Bodø", "nb",
				start.minus(Duration.ofDays(14)), 2, null, false,
				List.of(new SessionDetails("s-" + marker, start, start.plus(Duration.ofHours(6)), 40, null))));
		// the contacts are known before the invitations come (pilot applications are
		// keyed
		// by application, so they travel in other partitions than the workshop)
		await().atMost(PATIENCE).until(() -> !Mailbox.messagesTo(coordinator).isEmpty());
		await().atMost(PATIENCE)
			.until(() -> this.mongo.count(
					Query.query(Criteria.where("contactEmail")
						.in(applicant, coordinator.toUpperCase(java.util.Locale.ROOT), laterApplicant)),
					"pilot_applications") == 3);

		WorkshopInvitationsChanged invited = new WorkshopInvitationsChanged(UUID.randomUUID(), workshopId,
				Instant.now(), 1, WorkshopInvitationsChanged.PILOT_MUNICIPALITIES, List.of("1833", "1834"));
		publishWorkshop(invited);
		publishWorkshop(invited);
		publishWorkshop(new WorkshopInvitationsChanged(UUID.randomUUID(), workshopId, Instant.now(), 1,
				WorkshopInvitationsChanged.PILOT_MUNICIPALITIES, List.of("1833", "1834", "1836")));

		// one workshop's events are read in order: once Rødøy's invitation is out, the
		// earlier lists have been handled
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(laterApplicant).size() == 1);
		List<MimeMessage> toCoordinator = Mailbox.messagesTo(coordinator)
			.stream()
			.filter((mail) -> Mailbox.subject(mail).startsWith("Invitasjon"))
			.toList();
		assertThat(toCoordinator).singleElement().satisfies((mail) -> {
			assertThat(Mailbox.subject(mail)).isEqualTo("Invitasjon: Samling for piloten");
			// Rana's delegations write nynorsk
			assertThat(Mailbox.text(mail)).startsWith("Hei Nils Koordinator,")
				.contains("Verkstaden er berre for dei som er inviterte.")
				.contains("onsdag 15. september 2027 kl. 09:00\u201315:00")
				.contains("/verksted/" + workshopId + "/pamelding");
		});
		assertThat(Mailbox.messagesTo(applicant)).singleElement()
			.satisfies((mail) -> assertThat(Mailbox.text(mail)).startsWith("Hei Siri Søker,"));
		assertThat(this.mailLog.find(workshopId, "1833", 10)).hasSize(2)
			.allSatisfy((entry) -> assertThat(entry.kind()).isEqualTo(MailKind.WORKSHOP_INVITATION));
		assertThat(this.mailLog.find(workshopId, "1834", 10)).isEmpty();
	}

	@Test
	void theContactOfADeclinedApplicationGetsTheReason() throws Exception {
		String applicationId = UUID.randomUUID().toString();
		String contact = "kontakt-" + applicationId.substring(0, 8) + "@tromso.kommune.example";
		publishPilot(new PilotApplicationSubmitted(UUID.randomUUID(), applicationId, Instant.now(), 1,
				new Organisation("5501", "Tromsø", "55", "Troms"), new Contact("Per Olsen", contact, null),
				"Motivasjon", false));
		publishPilot(new PilotApplicationDeclined(UUID.randomUUID(), applicationId, Instant.now(), 1, "5501",
				"Vi har valgt kommuner med spredning over regionene"));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(contact).size() == 1);
		MimeMessage mail = Mailbox.messagesTo(contact).get(0);
		assertThat(mail.getSubject()).isEqualTo("Svar på søknaden til piloten Kulturskole 3.0");
		assertThat(Mailbox.text(mail)).contains("ikke plass til kommunen i piloten")
			.contains("Begrunnelse: Vi har valgt kommuner med spredning over regionene");
	}

	/**
	 * One municipality per language, used by no other test, so that no other delegation
	 * changes its choice meanwhile.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					nn | 4649 | Stad       | Vestland | Vald til piloten Kulturskule 3.0       | kommunen er vald ut til piloten!                  | Svar på søknaden til piloten Kulturskule 3.0  | Grunngiving:
					en | 3907 | Sandefjord | Vestfold | Selected for the Kulturskole 3.0 pilot | the municipality has been selected for the pilot! | Your application to the Kulturskole 3.0 pilot | Reason:
					""")
	void theDecisionIsWrittenInTheLanguageTheMunicipalitysDelegationsChose(String language, String number,
			String municipality, String county, String selectedSubject, String selectedPhrase, String declinedSubject,
			String reasonLabel) throws Exception {
		Organisation organisation = new Organisation(number, municipality, number.substring(0, 2), county);
		// the latest choice counts, whatever order the registrations arrive in
		DelegationRegistered chosen = delegationOf(organisation, language, Instant.now());
		DelegationRegistered older = delegationOf(organisation, "nb", Instant.now().minus(Duration.ofDays(30)));
		publish(chosen, aCorrelationId());
		publish(older, aCorrelationId());
		await().atMost(PATIENCE)
			.until(() -> Mailbox.messagesTo(chosen.coordinator().email()).size() == 1
					&& Mailbox.messagesTo(older.coordinator().email()).size() == 1);

		String selected = applyForThePilot(organisation, "Kari Nordmann");
		publishPilot(new PilotMunicipalitySelected(UUID.randomUUID(), selected, Instant.now(), 1, number));
		String declined = applyForThePilot(organisation, "Per Olsen");
		publishPilot(new PilotApplicationDeclined(UUID.randomUUID(), declined, Instant.now(), 1, number,
				"Spredning over regionene"));

		MimeMessage yes = theOnlyMailTo(contactOf(selected));
		assertThat(yes.getSubject()).isEqualTo(selectedSubject);
		assertThat(Mailbox.text(yes)).contains(municipality).contains(selectedPhrase);
		assertThat(Mailbox.html(yes)).contains("lang=\"" + language + "\"");
		MimeMessage no = theOnlyMailTo(contactOf(declined));
		assertThat(no.getSubject()).isEqualTo(declinedSubject);
		assertThat(Mailbox.text(no)).contains(reasonLabel + " Spredning over regionene");
		for (String application : List.of(selected, declined)) {
			assertThat(this.mailLog.find(PilotDecisions.PILOT_PROJECT, application, 10)).singleElement()
				.extracting(MailLogEntry::template)
				.asString()
				.startsWith("pilot-decision/" + language + "@");
		}
	}

	@Test
	void anAddressThatCanNeverWorkIsRecordedAsFailedAndPublishedAsNotificationFailed() {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		ParticipantRegistered broken = new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(),
				registered.workshopId(), registered.occurredAt(), 1, UUID.randomUUID().toString(),
				registered.sessionId(), "1804", "Ola Nordmann", "ola nordmann@@bodo", "Lærer",
				RoleCategory.KULTURSKOLE);

		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.NOTIFICATION_EVENTS)) {
			register(registered, List.of(broken));

			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(delegateMail(registered)).hasValueSatisfying((entry) -> {
					assertThat(entry.status()).isEqualTo(MailStatus.FAILED);
					assertThat(entry.attempts()).isEqualTo(1);
					assertThat(entry.lastError()).doesNotContain("nordmann");
				}));
			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(probe.recordsOfType("NotificationFailed"))
					.filteredOn((record) -> record.value().contains(registered.delegationId()))
					.singleElement()
					.satisfies((record) -> assertThat(record.value()).contains("\"kind\":\"DELEGATE_CONFIRMATION\"")
						.contains("\"template\":\"delegate-confirmation/nb@")
						.doesNotContain("@@bodo")));
		}
		// the coordinator's mail is not held up by it
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(registered.coordinator().email()).size() == 1);
	}

	private Optional<MailLogEntry> delegateMail(DelegationRegistered registered) {
		return this.mailLog.find(null, registered.delegationId(), 10)
			.stream()
			.filter((entry) -> entry.kind() == MailKind.DELEGATE_CONFIRMATION)
			.findFirst();
	}

	private static DelegationRegistered delegationOf(Organisation organisation, String language, Instant at) {
		DelegationRegistered any = aDelegationRegistered(SeatStatus.CONFIRMED);
		return new DelegationRegistered(any.eventId(), any.delegationId(), any.workshopId(), at, 1, any.sessionId(),
				SeatStatus.CONFIRMED, organisation, any.coordinator(), 1, any.workshopTitle(), any.sessionStartsAt(),
				any.sessionEndsAt(), language);
	}

	/**
	 * @return the application's id
	 */
	private String applyForThePilot(Organisation organisation, String contactName) {
		String applicationId = UUID.randomUUID().toString();
		publishPilot(new PilotApplicationSubmitted(UUID.randomUUID(), applicationId, Instant.now(), 1, organisation,
				new Contact(contactName, contactOf(applicationId), null), "Motivasjon", true));
		return applicationId;
	}

	private static String contactOf(String applicationId) {
		return "kontakt-" + applicationId.substring(0, 8) + "@kommune.example";
	}

	private static MimeMessage theOnlyMailTo(String address) {
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(address).size() == 1);
		return Mailbox.messagesTo(address).get(0);
	}

	private void publishPilot(PilotEvent event) {
		RegistrationEventsTopic.publish(event.applicationId(), event.getClass().getSimpleName(),
				event.eventId().toString(), aCorrelationId(), this.json.writeValueAsBytes(event));
	}

}
