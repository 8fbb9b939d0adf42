package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.PilotSelectionClosed;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.support.deadletter.ConsumerFailures;
import no.ks.kulturskole.support.messaging.InboundEvents;
import no.ks.kulturskole.support.messaging.InboundRecord;
import no.ks.kulturskole.workshop.workshop.application.DelegationSeats.Refused;
import no.ks.kulturskole.workshop.workshop.application.SeatCount;
import no.ks.kulturskole.workshop.workshop.application.WorkshopInvitations;

import org.springframework.messaging.Message;

/**
 * Binding {@code registrationEvents-in-0}, a poll at a time (the binding is in batch
 * mode): seats taken, counted from registration.events, and the pilot's selections for
 * the workshops that follow the pilot.
 * <p>
 * Each record is read through {@link InboundEvents} and dispatched with one exhaustive
 * {@code switch} over the topic's sealed type (the platform's one dispatch style): a new
 * event type does not compile here until someone decides what it means for seats or
 * invitations. The poll's seat changes are written together ({@link SeatCount#applyAll}):
 * a rush's registrations come about eight events per delegation, and one round trip and
 * one pass through the binder's per-record machinery each kept this consumer behind the
 * rush. A pilot selection is applied in its place: the seat changes before it are written
 * first. Redeliveries and late events are made harmless by the inbox
 * ({@link MongoDelegationSeats}).
 * <p>
 * As in the platform's other batch consumers, a record that can never be applied (not
 * readable as a registration event, or its change refused for good) is dead-lettered here
 * and the rest of the poll applied; any other failure is thrown, and the container
 * ({@code ConsumerErrorHandling}) hands the whole poll in again, without end, until it
 * passes: nothing is skipped, and what was applied already changes nothing the second
 * time.
 */
final class RegistrationEventsConsumer implements Consumer<Message<List<byte[]>>> {

	private final InboundEvents inbound;

	private final SeatCount seats;

	private final WorkshopInvitations invitations;

	private final BiConsumer<InboundRecord, Exception> deadLetters;

	RegistrationEventsConsumer(InboundEvents inbound, SeatCount seats, WorkshopInvitations invitations,
			BiConsumer<InboundRecord, Exception> deadLetters) {
		this.inbound = inbound;
		this.seats = seats;
		this.invitations = invitations;
		this.deadLetters = deadLetters;
	}

	@Override
	public void accept(Message<List<byte[]>> batch) {
		PendingSeats pending = new PendingSeats();
		for (InboundRecord record : InboundRecord.allOf(batch)) {
			try {
				this.inbound.handle(record.message(), RegistrationEvent.class, (event) -> {
					switch (event) {
						case DelegationEvent delegation -> pending.add(delegation, record);
						case PilotMunicipalitySelected selected -> {
							writeBefore(pending);
							this.invitations.on(selected);
						}
						// an application and its decline invite no one; the
						// closing of the selection changes no workshop
						case PilotApplicationSubmitted submitted -> {
						}
						case PilotApplicationDeclined declined -> {
						}
						case PilotSelectionClosed closed -> {
						}
					}
				});
			}
			catch (EarlierRecordsFailed ex) {
				throw ex.failure();
			}
			catch (RuntimeException ex) {
				deadLetterPoison(record, ex);
			}
		}
		write(pending);
	}

	/**
	 * Writes the pending seat changes and dead-letters those refused for good; any other
	 * failure is thrown.
	 */
	private void write(PendingSeats pending) {
		if (pending.events.isEmpty()) {
			return;
		}
		for (Refused refused : this.seats.applyAll(pending.events)) {
			deadLetterPoison(pending.records.get(refused.index()), refused.cause());
		}
		pending.events.clear();
		pending.records.clear();
	}

	/**
	 * {@link #write} inside the handling of a later record, whose failure it is not: it
	 * must not be dead-lettered for it.
	 */
	private void writeBefore(PendingSeats pending) {
		try {
			write(pending);
		}
		catch (RuntimeException ex) {
			throw new EarlierRecordsFailed(ex);
		}
	}

	/**
	 * Dead-letters a record that can never be applied; a transient failure (MongoDB away,
	 * see {@link ConsumerFailures}) is thrown instead, so the whole poll comes again
	 * rather than a good record being lost to the dead-letter topic.
	 */
	private void deadLetterPoison(InboundRecord record, RuntimeException ex) {
		if (ConsumerFailures.isTransient(ex)) {
			throw ex;
		}
		this.deadLetters.accept(record, ex);
	}

	/** The poll's delegation events not written yet, each with its record. */
	private static final class PendingSeats {

		private final List<DelegationEvent> events = new ArrayList<>();

		private final List<InboundRecord> records = new ArrayList<>();

		void add(DelegationEvent event, InboundRecord record) {
			this.events.add(event);
			this.records.add(record);
		}

	}

	/**
	 * Carries the failure of earlier records' writes out of a later record's handling.
	 */
	private static final class EarlierRecordsFailed extends RuntimeException {

		EarlierRecordsFailed(RuntimeException failure) {
			super(failure);
		}

		RuntimeException failure() {
			return (RuntimeException) getCause();
		}

	}

}
