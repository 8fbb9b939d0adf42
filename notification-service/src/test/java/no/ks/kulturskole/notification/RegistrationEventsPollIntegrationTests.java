package no.ks.kulturskole.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.testsupport.OnePoll;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * registration.events a poll at a time (the binding is in batch mode), on the real
 * broker: the registrations of several delegations published as one record batch, so that
 * the consumer finds them in one poll, give every coordinator and delegate the mails one
 * event at a time gave them, once; the same poll again sends nothing; a record that is no
 * event is dead-lettered and the mails around it still go once; a record whose data key
 * has not arrived waits for it, and the records before it in the poll are not applied a
 * second time meanwhile.
 * <p>
 * The records carry {@code ce_subject} (the delegation), as registration-service's relay
 * writes them, so that the poll's data keys are looked up together.
 */
class RegistrationEventsPollIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String TITLE = "Kulturskolen som lokalt ressurssenter";

	@Autowired
	MailLog mailLog;

	@Autowired
	MeterRegistry meters;

	@Test
	void aPollOfSeveralDelegationsRegistrationsSendsEveryoneTheirMailsOnce() {
		String workshopId = UUID.randomUUID().toString();
		Poll poll = new Poll(workshopId);
		for (int i = 0; i < 5; i++) {
			poll.registration(SeatStatus.CONFIRMED, 3);
		}
		poll.registration(SeatStatus.WAITLISTED, 2);
		DelegationRegistered growing = poll.registration(SeatStatus.CONFIRMED, 2);
		// after its manage link: added later, welcomed rather than confirmed
		ParticipantRegistered latecomer = poll.delegate(growing, "Sen Ankomst");

		OnePoll.publish(poll.records());

		everyoneGetsExactly(workshopId, poll.expected());
		assertThat(Mailbox.messagesTo(latecomer.email())).extracting(Mailbox::subject)
			.containsExactly("Du er lagt til i delegasjonen: " + TITLE);
		assertThat(mailsOf(poll)).extracting(MailLogEntry::kind)
			.hasSize(poll.expected().size())
			.containsOnly(MailKind.DELEGATION_CONFIRMATION, MailKind.DELEGATE_CONFIRMATION, MailKind.DELEGATE_ADDED);
	}

	@Test
	void theSamePollDeliveredAgainSendsNoMailTwice() {
		String workshopId = UUID.randomUUID().toString();
		Poll poll = new Poll(workshopId);
		for (int i = 0; i < 4; i++) {
			poll.registration((i == 2) ? SeatStatus.WAITLISTED : SeatStatus.CONFIRMED, 3);
		}
		// applied again, neither their event nor the registration may confirm them too
		ParticipantRegistered latecomer = poll.delegate(poll.registration(SeatStatus.CONFIRMED, 1), "Sen Ankomst");
		OnePoll.publish(poll.records());
		everyoneGetsExactly(workshopId, poll.expected());
		List<MailLogEntry> logged = mailsOf(poll);

		// as a relay that crashed before noting what it had published sends it all again
		OnePoll.publish(poll.records());

		everyoneGetsExactly(workshopId, poll.expected());
		assertThat(mailsOf(poll)).extracting(MailLogEntry::id)
			.containsExactlyInAnyOrderElementsOf(logged.stream().map(MailLogEntry::id).toList());
		assertThat(Mailbox.messagesTo(latecomer.email())).extracting(Mailbox::subject)
			.containsExactly("Du er lagt til i delegasjonen: " + TITLE);
	}

	@Test
	void aPoisonRecordInTheMiddleOfAPollIsDeadLetteredAndTheMailsAroundItGoOutOnce() {
		String workshopId = UUID.randomUUID().toString();
		Poll poll = new Poll(workshopId);
		poll.registration(SeatStatus.CONFIRMED, 2);
		poll.registration(SeatStatus.CONFIRMED, 3);
		// a record of a known type that cannot be read, as a bug in a producer would
		// write
		// it
		poll.records.add(record(workshopId, "DelegationRegistered", UUID.randomUUID().toString(), null,
				"{\"type\":\"DelegationRegistered\",\"delegationId\":".getBytes(StandardCharsets.UTF_8)));
		poll.registration(SeatStatus.WAITLISTED, 1);
		poll.registration(SeatStatus.CONFIRMED, 2);

		OnePoll.publish(poll.records());

		everyoneGetsExactly(workshopId, poll.expected());
		assertThat(RegistrationEventsTopic.deadLetterKeys()).containsOnlyOnce(workshopId);
	}

	/**
	 * The delegate's name travels sealed and its data key comes later, on its own topic,
	 * after the consumer has given up waiting and thrown (the poll comes again). The
	 * records before it in the poll were applied by then; applied a second time, the
	 * registration of a delegation that had a delegate added since would confirm that
	 * delegate too, beside their welcome.
	 */
	@Test
	void aRecordWhoseDataKeyHasNotArrivedWaitsForItAndTheRecordsBeforeItAreNotAppliedAgain() {
		String workshopId = UUID.randomUUID().toString();
		Poll poll = new Poll(workshopId);
		DelegationRegistered growing = poll.registration(SeatStatus.CONFIRMED, 2);
		ParticipantRegistered latecomer = poll.delegate(growing, "Sen Ankomst");
		DelegationRegistered sealedOnes = poll.aDelegation(SeatStatus.CONFIRMED);
		poll.add(sealedOnes, Poll.coordinatorOf(sealedOnes));
		String key = SecretSeal.generateKey();
		ParticipantRegistered plain = poll.aDelegate(sealedOnes, "Sigrid Forsegla");
		poll.add(
				plain.sealedAs(
						SecretSeal.withKey(key).seal(this.json.writeValueAsString(plain), sealedOnes.delegationId())),
				plain.email());
		poll.add(poll.manageLink(sealedOnes), null);
		long failedBefore = failedAttempts("ParticipantRegistered");
		long registrationsBefore = handled("DelegationRegistered", "success");

		OnePoll.publish(poll.records());

		// waited for the key, gave up, threw: the container hands the poll in again
		await().atMost(PATIENCE).until(() -> failedAttempts("ParticipantRegistered") > failedBefore);
		DataKeyIssued issued = new DataKeyIssued(UUID.randomUUID(), sealedOnes.delegationId(), Instant.now(),
				DataKeyIssued.SCHEMA_VERSION, key);
		RegistrationEventsTopic.publishTo(Topics.PRIVACY_KEYS, sealedOnes.delegationId(), "DataKeyIssued",
				issued.eventId().toString(), aCorrelationId(), this.json.writeValueAsBytes(issued));

		everyoneGetsExactly(workshopId, poll.expected());
		assertThat(Mailbox.text(Mailbox.messagesTo(plain.email()).get(0))).startsWith("Hei Sigrid Forsegla,");
		assertThat(Mailbox.messagesTo(latecomer.email())).extracting(Mailbox::subject)
			.containsExactly("Du er lagt til i delegasjonen: " + TITLE);
		// each registration handled once: the two of the poll, the sentinel's
		assertThat(handled("DelegationRegistered", "success") - registrationsBefore).isEqualTo(3);
	}

	/**
	 * Every address gets exactly its number of mails: once all have arrived, a record
	 * published after the test's (same workshop, same partition) is handled, so nothing
	 * of theirs is still to come, and no more arrive for a while.
	 */
	private void everyoneGetsExactly(String workshopId, Map<String, Integer> expected) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> expected
				.forEach((address, count) -> assertThat(Mailbox.messagesTo(address)).as(address).hasSize(count)));
		DelegationRegistered sentinel = aDelegationRegistered(workshopId, SeatStatus.CONFIRMED);
		publish(sentinel, aCorrelationId());
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(sentinel.coordinator().email()).size() == 1);
		await().during(Duration.ofSeconds(2))
			.atMost(PATIENCE)
			.untilAsserted(() -> expected
				.forEach((address, count) -> assertThat(Mailbox.messagesTo(address)).as(address).hasSize(count)));
	}

	/** The mail log's mails of the poll's delegations. */
	private List<MailLogEntry> mailsOf(Poll poll) {
		return this.mailLog.find(poll.workshopId, null, 1000)
			.stream()
			.filter((mail) -> poll.delegationIds.contains(mail.delegationId()))
			.toList();
	}

	/** Attempts at an event of the type that failed, so far. */
	private long failedAttempts(String type) {
		return handled(type, "error");
	}

	/** Events of the type handled with the outcome, so far. */
	private long handled(String type, String outcome) {
		return this.meters.find("platform.events.handled")
			.tag("type", type)
			.tag("outcome", outcome)
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

	/**
	 * As registration-service's relay writes a record: key = workshop, CloudEvents
	 * headers, {@code ce_subject} = the delegation (the owner of its personal data).
	 */
	private static ProducerRecord<String, byte[]> record(String workshopId, String type, String eventId, String subject,
			byte[] json) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REGISTRATION_EVENTS, workshopId, json);
		record.headers()
			.add(EventHeaders.ID, bytes(eventId))
			.add(EventHeaders.TYPE, bytes(type))
			.add(EventHeaders.SOURCE, bytes("/kulturskole/registration-service"))
			.add(EventHeaders.SPEC_VERSION, bytes("1.0"))
			.add(EventHeaders.CORRELATION_ID, bytes(aCorrelationId()));
		if (subject != null) {
			record.headers().add(EventHeaders.SUBJECT, bytes(subject));
		}
		return record;
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	/** The records of one poll, of one workshop, and the mails each address is owed. */
	private final class Poll {

		private final String workshopId;

		private final List<ProducerRecord<String, byte[]>> records = new ArrayList<>();

		private final Map<String, Integer> expected = new LinkedHashMap<>();

		private final Set<String> delegationIds = new HashSet<>();

		Poll(String workshopId) {
			this.workshopId = workshopId;
		}

		/**
		 * A registration in registration-service's order: the delegation, its delegates,
		 * its manage link (the coordinator's confirmation), for a waitlisted one its
		 * waitlisting. One mail to the coordinator and one to each delegate.
		 */
		DelegationRegistered registration(SeatStatus status, int delegates) {
			DelegationRegistered registered = aDelegation(status);
			add(registered, coordinatorOf(registered));
			for (int i = 0; i < delegates; i++) {
				ParticipantRegistered delegate = aDelegate(registered, "Delegat " + i);
				add(delegate, delegate.email());
			}
			add(manageLink(registered), null);
			if (status == SeatStatus.WAITLISTED) {
				add(new DelegationWaitlisted(UUID.randomUUID(), registered.delegationId(), this.workshopId,
						Instant.now(), DelegationWaitlisted.SCHEMA_VERSION, registered.sessionId(), delegates), null);
			}
			return registered;
		}

		/** A delegate added to the delegation now: one mail, a welcome. */
		ParticipantRegistered delegate(DelegationRegistered registered, String name) {
			ParticipantRegistered delegate = aDelegate(registered, name);
			add(delegate, delegate.email());
			return delegate;
		}

		DelegationRegistered aDelegation(SeatStatus status) {
			return aDelegationRegistered(this.workshopId, status);
		}

		ParticipantRegistered aDelegate(DelegationRegistered registered, String name) {
			return new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(), this.workshopId,
					registered.occurredAt(), ParticipantRegistered.SCHEMA_VERSION, UUID.randomUUID().toString(),
					registered.sessionId(), "1804", name,
					"delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example", "Lærer",
					RoleCategory.KULTURSKOLE);
		}

		ManageLinkIssued manageLink(DelegationRegistered registered) {
			return new ManageLinkIssued(UUID.randomUUID(), registered.delegationId(), this.workshopId, Instant.now(),
					ManageLinkIssued.SCHEMA_VERSION,
					SEAL.seal("hemmelig-" + UUID.randomUUID(), registered.delegationId()),
					ManageLinkIssued.Reason.REGISTERED, registered.language());
		}

		/**
		 * @param mailedTo who gets one mail for it, {@code null} for nobody (the
		 * coordinator's confirmation is counted with the registration)
		 */
		void add(DelegationEvent event, String mailedTo) {
			this.records.add(record(this.workshopId, event.getClass().getSimpleName(), event.eventId().toString(),
					event.delegationId(), RegistrationEventsPollIntegrationTests.this.json.writeValueAsBytes(event)));
			this.delegationIds.add(event.delegationId());
			if (mailedTo != null) {
				this.expected.merge(mailedTo, 1, Integer::sum);
			}
		}

		static String coordinatorOf(DelegationRegistered registered) {
			return registered.coordinator().email();
		}

		List<ProducerRecord<String, byte[]>> records() {
			return this.records;
		}

		Map<String, Integer> expected() {
			return this.expected;
		}

	}

}
