package no.ks.kulturskole.notification.confirmation.infrastructure;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import no.ks.kulturskole.contracts.registration.AttendanceRecorded;
import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.EvaluationInvited;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.PilotSelectionClosed;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.notification.confirmation.application.DelegationChanges;
import no.ks.kulturskole.notification.confirmation.application.DelegationConfirmations;
import no.ks.kulturskole.notification.confirmation.application.EvaluationMails;
import no.ks.kulturskole.notification.confirmation.application.ManageLinks;
import no.ks.kulturskole.notification.confirmation.application.RegistrationConflictMails;
import no.ks.kulturskole.notification.pilot.application.PilotDecisions;
import no.ks.kulturskole.support.deadletter.ConsumerFailures;
import no.ks.kulturskole.support.messaging.InboundEvents;
import no.ks.kulturskole.support.messaging.InboundRecord;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;

/**
 * Binding {@code registrationEvents-in-0}: {@code registration.events}, consumer group
 * {@code notification-service}, a poll at a time (the binding is in batch mode). A rush
 * brings about eight events per delegation; one pass through the binder's per-record
 * machinery and one data-key lookup each had made this consumer the platform's busiest
 * thread. Now the keys of the poll's delegations are looked up together
 * ({@link InboundEvents#handlingOneBatch}), and each record is still read through
 * {@link InboundEvents} and handled on its own, in the poll's order, as before.
 * <p>
 * One exhaustive {@code switch} over the topic's sealed type: a new event type does not
 * compile here until someone decides whether it leads to an e-mail. Types this build does
 * not know yet are skipped by {@link InboundEvents} before parsing.
 * <p>
 * As in the platform's other batch consumers, a record that can never be applied (not
 * readable as a registration event, or refused for good) is dead-lettered here and the
 * rest of the poll applied; any other failure (MongoDB or the broker away, a data key not
 * arrived yet: {@link ConsumerFailures}) is thrown, and the container
 * ({@code ConsumerErrorHandling}) commits the records before the failed one and hands the
 * poll in again from it, without end, until it passes: see {@link #accept}.
 */
final class RegistrationEventsConsumer implements Consumer<Message<List<byte[]>>> {

	/** The observation of one record's handling (its timer and its span). */
	static final String OBSERVATION = "notification.registration.event";

	private final InboundEvents inbound;

	private final DelegationConfirmations confirmations;

	private final DelegationChanges changes;

	private final ManageLinks manageLinks;

	private final RegistrationConflictMails conflicts;

	private final PilotDecisions pilots;

	private final EvaluationMails evaluations;

	private final BiConsumer<InboundRecord, Exception> deadLetters;

	private final ObservationRegistry observations;

	RegistrationEventsConsumer(InboundEvents inbound, DelegationConfirmations confirmations, DelegationChanges changes,
			ManageLinks manageLinks, RegistrationConflictMails conflicts, PilotDecisions pilots,
			EvaluationMails evaluations, BiConsumer<InboundRecord, Exception> deadLetters,
			ObservationRegistry observations) {
		this.inbound = inbound;
		this.confirmations = confirmations;
		this.changes = changes;
		this.manageLinks = manageLinks;
		this.conflicts = conflicts;
		this.pilots = pilots;
		this.evaluations = evaluations;
		this.deadLetters = deadLetters;
		this.observations = observations;
	}

	/**
	 * Applies the poll's records in order. When one fails for a while (its data key has
	 * not arrived, MongoDB is away), the container is told which
	 * ({@link BatchListenerFailedException}): it commits the records before it and hands
	 * in the poll again from it ({@code ConsumerErrorHandling}), as the per-record
	 * binding did after seeking back to the failed record. So the records before it are
	 * not applied a second time: applied again, a record would read the replicas as the
	 * records after it left them (a delegate added later, another session, a new
	 * coordinator), and its mails, keyed by what it reads, could go to someone or in a
	 * form they did not go the first time.
	 */
	@Override
	public void accept(Message<List<byte[]>> batch) {
		List<InboundRecord> records = InboundRecord.allOf(batch);
		int[] next = { 0 };
		try {
			// what each record's event is about: for a delegation's events, the owner of
			// their personal data, whose keys are looked up together first
			this.inbound.handlingOneBatch(
					records.stream().map(InboundRecord::subject).filter(Objects::nonNull).toList(), () -> {
						for (; next[0] < records.size(); next[0]++) {
							apply(records.get(next[0]));
						}
					});
		}
		catch (RuntimeException ex) {
			throw new BatchListenerFailedException("Record " + next[0] + " of the poll failed", ex, next[0]);
		}
	}

	/**
	 * Handles one record in an observation of its own, continuing the trace the record
	 * carries ({@code traceparent}), as the per-record binding's listener observation
	 * did: the e-mails are handed to the sender threads with the current observation
	 * ({@code MailSenders}), so that the SMTP call belongs to the trace of the request
	 * that caused it. ({@link InboundEvents} continues the trace too, but as a span
	 * alone, which does not travel to another thread.)
	 */
	private void apply(InboundRecord record) {
		ReceiverContext<InboundRecord> context = new ReceiverContext<>(InboundRecord::header);
		context.setCarrier(record);
		context.setRemoteServiceName("kafka");
		Observation.createNotStarted(OBSERVATION, () -> context, this.observations)
			.contextualName(record.topic() + " receive")
			.lowCardinalityKeyValue("messaging.source.name", record.topic())
			.observe(() -> applyOrDeadLetter(record));
	}

	/**
	 * Dead-letters a record that can never be applied; a transient failure (see
	 * {@link ConsumerFailures}) is thrown instead, so that the poll comes again rather
	 * than a good record being lost to the dead-letter topic.
	 */
	private void applyOrDeadLetter(InboundRecord record) {
		try {
			this.inbound.handle(record.message(), RegistrationEvent.class, this::handle);
		}
		catch (RuntimeException ex) {
			if (ConsumerFailures.isTransient(ex)) {
				throw ex;
			}
			this.deadLetters.accept(record, ex);
		}
	}

	private void handle(RegistrationEvent event) {
		switch (event) {
			case DelegationRegistered registered -> {
				// first, so that once the confirmation is out the language is known
				this.pilots.on(registered);
				this.confirmations.on(registered);
			}
			case ParticipantRegistered participant -> this.confirmations.on(participant);
			case DelegationPromoted promoted -> this.changes.on(promoted);
			case DelegationWaitlisted waitlisted -> this.changes.on(waitlisted);
			case DelegationCancelled cancelled -> this.changes.on(cancelled);
			case ParticipantRemoved removed -> this.changes.on(removed);
			case ParticipantReplaced replaced -> this.changes.on(replaced);
			case DelegationMoved moved -> this.changes.on(moved);
			case ManageLinkIssued link -> this.manageLinks.on(link);
			case RegistrationConflictReported reported -> this.conflicts.on(reported);
			case RegistrationConflictResolved resolved -> this.conflicts.on(resolved);
			case EvaluationInvited invited -> this.evaluations.on(invited);
			case PilotApplicationSubmitted application -> this.pilots.on(application);
			case PilotMunicipalitySelected selected -> this.pilots.on(selected);
			case PilotApplicationDeclined declined -> this.pilots.on(declined);
			// no e-mail: reflections are for staff, attendance and the closing of the
			// pilot selection change nothing a person is told
			case ReflectionSubmitted reflection -> {
			}
			case PilotSelectionClosed closed -> {
			}
			// the answers to a workshop's extra questions are for the organisers
			case DelegationAnswersGiven answers -> {
			}
			case AttendanceRecorded attendance -> {
			}
		}
	}

}
