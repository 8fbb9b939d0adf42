package no.ks.kulturskole.notification;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.privacy.DataKeyErased;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import org.junit.jupiter.api.Test;

import no.ks.kulturskole.notification.privacy.infrastructure.MailBodyRetention;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every delegate gets a mail of their own, not only the coordinator who registered the
 * group.
 */
class DelegateConfirmationMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	MailLog mailLog;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MailBodyRetention mailBodyRetention;

	@Autowired
	MailDelivery mailDelivery;

	@Test
	void aDelegationOfFourGivesFiveMailsEachDelegateWithTheirOwnCalendarInvitation() throws Exception {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		List<ParticipantRegistered> delegates = List.of(aDelegate(registered, "Ola Nordmann"),
				aDelegate(registered, "Eva Hansen"), aDelegate(registered, "Per Olsen"),
				aDelegate(registered, "Aisha Khan"));

		register(registered, delegates);

		await().atMost(PATIENCE).until(() -> this.mailLog.find(registered.workshopId(), null, 10).size() == 5);
		// logged before it is handed to SMTP: wait for the server to have it
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(registered.coordinator().email()).size() == 1);
		for (ParticipantRegistered delegate : delegates) {
			await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
			MimeMessage mail = Mailbox.messagesTo(delegate.email()).get(0);
			assertThat(mail.getSubject()).isEqualTo("Du er påmeldt: Kulturskolen som lokalt ressurssenter");
			assertThat(Mailbox.text(mail)).startsWith("Hei " + delegate.name() + ",")
				.contains("Din rolle:  Lærer")
				.contains("onsdag 10. mars 2027 kl. 09:00\u201311:30");

			BodyPart attachment = calendarAttachment(mail);
			assertThat(attachment.getContentType()).contains("text/calendar").contains("method=REQUEST");
			assertThat(attachment.getFileName()).isEqualTo("invitasjon.ics");
			Calendar calendar = new CalendarBuilder()
				.build(new StringReader(new String(attachment.getInputStream().readAllBytes(), "UTF-8")));
			assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue("REQUEST");
			VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
			assertThat(event.getProperty(Property.DTSTART).map(Property::getValue)).hasValue("20270310T090000");
			Property start = event.getProperty(Property.DTSTART).orElseThrow();
			assertThat(start.<Parameter>getParameter(Parameter.TZID).map(Parameter::getValue)).hasValue("Europe/Oslo");
			assertThat(event.getProperty(Property.SEQUENCE).map(Property::getValue)).hasValue("0");
			assertThat(event.getProperty(Property.ATTENDEE).map(Property::getValue))
				.hasValue("mailto:" + delegate.email());
			assertThat(event.getProperty(Property.UID).map(Property::getValue)).get()
				.asString()
				.endsWith("@kulturskole.ks.no")
				.doesNotContain(delegate.email());
		}
		List<String> uids = delegates.stream()
			.map((delegate) -> uidIn(Mailbox.messagesTo(delegate.email()).get(0)))
			.toList();
		assertThat(uids).doesNotHaveDuplicates();
		assertThat(this.mailLog.find(registered.workshopId(), null, 10)).extracting(MailLogEntry::kind)
			.containsOnly(MailKind.DELEGATION_CONFIRMATION, MailKind.DELEGATE_CONFIRMATION)
			.filteredOn((kind) -> kind == MailKind.DELEGATE_CONFIRMATION)
			.hasSize(4);
	}

	@Test
	void aMailsAddressAndContentsAreRemovedThirtyDaysAfterItWasCreatedAndItsKindTimesAndStatusStay() {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		ParticipantRegistered delegate = aDelegate(registered, "Tone Tidsavgrenset");
		register(registered, List.of(delegate));
		Query ofDelegation = Query.query(Criteria.where("delegationId").is(registered.delegationId()));
		await().atMost(PATIENCE)
			.until(() -> this.mongo.find(ofDelegation, org.bson.Document.class, "mails")
				.stream()
				.filter((mail) -> "SENT".equals(mail.getString("status")))
				.count() == 2);

		try {
			this.clock.setTo(Instant.now().plus(Duration.ofDays(29)));
			this.mailBodyRetention.eraseDue();
			assertThat(this.mongo.find(ofDelegation, org.bson.Document.class, "mails"))
				.allSatisfy((mail) -> assertThat(mail.getString("subject")).isNotBlank());

			this.clock.setTo(Instant.now().plus(Duration.ofDays(31)));
			assertThat(this.mailBodyRetention.eraseDue()).isGreaterThanOrEqualTo(2);
		}
		finally {
			this.clock.reset();
		}
		assertThat(this.mongo.find(ofDelegation, org.bson.Document.class, "mails")).hasSize(2).allSatisfy((mail) -> {
			assertThat(mail.getString("recipient")).startsWith("hmac:");
			assertThat(mail.getString("kind")).isNotNull();
			assertThat(mail.getString("status")).isEqualTo("SENT");
			assertThat(mail.get("createdAt")).isNotNull();
			assertThat(mail.toJson()).doesNotContain("Tidsavgrenset")
				.doesNotContain(delegate.email())
				.doesNotContain(registered.coordinator().email());
		});
		// nothing left to send, nor anyone to send it to
		String erasedMail = this.mongo.find(ofDelegation, org.bson.Document.class, "mails").get(0).getString("_id");
		assertThat(this.mailDelivery.resend(erasedMail)).isEmpty();
	}

	@Test
	void aDelegateWhoseEventArrivesBeforeTheDelegationStillGetsOneMail() {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		ParticipantRegistered early = aDelegate(registered, "Ola Nordmann");

		publish(early, aCorrelationId());
		publish(registered, aCorrelationId());
		// redelivered after the delegation is known: must not send again
		publish(early, aCorrelationId());
		DelegationRegistered sentinel = aDelegationRegistered(registered.workshopId(), SeatStatus.CONFIRMED);
		publish(sentinel, aCorrelationId());

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(sentinel.coordinator().email()).size() == 1);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(early.email()).size() == 1);
		assertThat(Mailbox.messagesTo(early.email())).hasSize(1);
		assertThat(Mailbox.text(Mailbox.messagesTo(early.email()).get(0))).startsWith("Hei Ola Nordmann,");
	}

	@Test
	void aDelegateWhoseNameTravelsSealedIsMailedOnceTheDataKeyArrivesAndErasedOnesAreNot() {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		ParticipantRegistered plain = aDelegate(registered, "Sigrid Forsegla");
		String key = SecretSeal.generateKey();
		ParticipantRegistered sealed = plain
			.sealedAs(SecretSeal.withKey(key).seal(this.json.writeValueAsString(plain), registered.delegationId()));

		publish(registered, aCorrelationId());
		publishRegistration(sealed);
		// the key comes later, on its own topic: the delegate's event waits for it
		DataKeyIssued issued = new DataKeyIssued(UUID.randomUUID(), registered.delegationId(), Instant.now(), 1, key);
		RegistrationEventsTopic.publishTo(Topics.PRIVACY_KEYS, registered.delegationId(), "DataKeyIssued",
				issued.eventId().toString(), aCorrelationId(), this.json.writeValueAsBytes(issued));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(plain.email()).size() == 1);
		assertThat(Mailbox.text(Mailbox.messagesTo(plain.email()).get(0))).startsWith("Hei Sigrid Forsegla,");

		// erased on request: the replica and the mail log forget the people, keep the
		// mails' kind, time and status, and the erasure is reported back
		String erasureId = UUID.randomUUID().toString();
		DataKeyErased erasedOnRequest = new DataKeyErased(UUID.randomUUID(), registered.delegationId(), Instant.now(),
				1, erasureId);
		try (TopicProbe receipts = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.erasureReceipts("notification-service"))) {
			RegistrationEventsTopic.publishTo(Topics.PRIVACY_KEYS, registered.delegationId(), "DataKeyErased",
					erasedOnRequest.eventId().toString(), aCorrelationId(),
					this.json.writeValueAsBytes(erasedOnRequest));
			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(receipts.recordsOfType("ErasureCompleted"))
					.anySatisfy((record) -> assertThat(record.value()).contains(erasureId)));
		}
		List<org.bson.Document> mails = this.mongo.find(
				Query.query(Criteria.where("delegationId").is(registered.delegationId())), org.bson.Document.class,
				"mails");
		assertThat(mails).hasSizeGreaterThanOrEqualTo(2).allSatisfy((mail) -> {
			assertThat(mail.getString("recipient")).startsWith("hmac:");
			assertThat(mail.getString("kind")).isNotNull();
			assertThat(mail.getString("status")).isNotNull();
			assertThat(mail.toJson()).doesNotContain("Forsegla")
				.doesNotContain(plain.email())
				.doesNotContain("Kari Nordmann")
				.doesNotContain(registered.coordinator().email());
		});
		assertThat(this.mongo.findById(registered.delegationId(), org.bson.Document.class, "delegations").toJson())
			.doesNotContain("Forsegla")
			.doesNotContain(plain.email())
			.doesNotContain(registered.coordinator().email());

		// erased before it was read: nobody to mail, and the partition goes on
		DelegationRegistered other = aDelegationRegistered(SeatStatus.CONFIRMED);
		ParticipantRegistered erasedPlain = aDelegate(other, "Sletta Person");
		String otherKey = SecretSeal.generateKey();
		DataKeyErased erased = new DataKeyErased(UUID.randomUUID(), other.delegationId(), Instant.now(), 1);
		RegistrationEventsTopic.publishTo(Topics.PRIVACY_KEYS, other.delegationId(), "DataKeyErased",
				erased.eventId().toString(), aCorrelationId(), this.json.writeValueAsBytes(erased));
		publish(other, aCorrelationId());
		publishRegistration(erasedPlain.sealedAs(
				SecretSeal.withKey(otherKey).seal(this.json.writeValueAsString(erasedPlain), other.delegationId())));
		DelegationRegistered sentinel = aDelegationRegistered(other.workshopId(), SeatStatus.CONFIRMED);
		publish(sentinel, aCorrelationId());
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(sentinel.coordinator().email()).size() == 1);
		assertThat(Mailbox.messagesTo(erasedPlain.email())).isEmpty();
	}

	@Test
	void theWholeRegistrationDeliveredThreeTimesGivesEveryPersonExactlyOneMail() throws Exception {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		List<ParticipantRegistered> delegates = List.of(aDelegate(registered, "Ola Nordmann"),
				aDelegate(registered, "Eva Hansen"));
		ManageLinkIssued link = new ManageLinkIssued(UUID.randomUUID(), registered.delegationId(),
				registered.workshopId(), Instant.now(), ManageLinkIssued.SCHEMA_VERSION,
				SEAL.seal("hemmelig-" + UUID.randomUUID(), registered.delegationId()),
				ManageLinkIssued.Reason.REGISTERED, "nb");

		// as a relay that crashed before noting what it had published sends it all again
		for (int delivery = 1; delivery <= 3; delivery++) {
			publishRegistration(registered);
			delegates.forEach(this::publishRegistration);
			publishRegistration(link);
		}
		// same workshop, so the same partition: handled only after all three copies
		DelegationRegistered sentinel = aDelegationRegistered(registered.workshopId(), SeatStatus.CONFIRMED);
		publish(sentinel, aCorrelationId());

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(sentinel.coordinator().email()).size() == 1);
		assertThat(Mailbox.messagesTo(registered.coordinator().email())).extracting(Mailbox::subject)
			.containsExactly("Påmelding mottatt: Kulturskolen som lokalt ressurssenter");
		for (ParticipantRegistered delegate : delegates) {
			assertThat(Mailbox.messagesTo(delegate.email())).singleElement().satisfies((mail) -> {
				assertThat(mail.getSubject()).isEqualTo("Du er påmeldt: Kulturskolen som lokalt ressurssenter");
				assertThat(Mailbox.text(mail)).startsWith("Hei " + delegate.name() + ",");
				assertThat(calendarAttachments(mail)).hasSize(1);
			});
		}
		assertThat(this.mailLog.find(null, registered.delegationId(), 10)).hasSize(3)
			.allSatisfy((entry) -> assertThat(entry.attempts()).isEqualTo(1))
			.extracting(MailLogEntry::kind)
			.containsExactlyInAnyOrder(MailKind.DELEGATION_CONFIRMATION, MailKind.DELEGATE_CONFIRMATION,
					MailKind.DELEGATE_CONFIRMATION);
	}

	@Test
	void aWaitlistedDelegateIsToldSoAndGetsNoCalendarInvitation() throws Exception {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.WAITLISTED);
		ParticipantRegistered delegate = aDelegate(registered, "Ola Nordmann");

		register(registered, List.of(delegate));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
		MimeMessage mail = Mailbox.messagesTo(delegate.email()).get(0);
		assertThat(Mailbox.text(mail)).contains("står foreløpig på venteliste");
		assertThat(calendarAttachments(mail)).isEmpty();
	}

	private static ParticipantRegistered aDelegate(DelegationRegistered registered, String name) {
		String email = "delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example";
		return new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804", name, email, "Lærer",
				RoleCategory.KULTURSKOLE);
	}

	private void publish(ParticipantRegistered event, String correlationId) {
		RegistrationEventsTopic.publish(event.workshopId(), "ParticipantRegistered", event.eventId().toString(),
				correlationId, this.json.writeValueAsBytes(event));
	}

	private static String uidIn(MimeMessage mail) {
		try {
			Calendar calendar = new CalendarBuilder().build(calendarAttachment(mail).getInputStream());
			return calendar.<VEvent>getComponent(Component.VEVENT)
				.orElseThrow()
				.getProperty(Property.UID)
				.orElseThrow()
				.getValue();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static BodyPart calendarAttachment(MimeMessage mail) throws Exception {
		List<BodyPart> found = calendarAttachments(mail);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static List<BodyPart> calendarAttachments(MimeMessage mail) throws Exception {
		Multipart multipart = (Multipart) mail.getContent();
		List<BodyPart> found = new java.util.ArrayList<>();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				found.add(part);
			}
		}
		return found;
	}

}
