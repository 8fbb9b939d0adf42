package no.ks.kulturskole.support.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import no.ks.kulturskole.contracts.privacy.DataKeyErased;
import no.ks.kulturskole.contracts.privacy.DataKeyEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.support.deadletter.ConsumerFailures;
import no.ks.kulturskole.support.messaging.InboundEvents;
import no.ks.kulturskole.support.messaging.InboundRecord;

import org.springframework.messaging.Message;

/**
 * A reader's consumer of {@code privacy.keys}, a poll at a time (the binding is in batch
 * mode): the poll's keys go into the service's copy in one write
 * ({@link DataKeys#applyAll}), so that a rush's keys keep up with the events they open;
 * then an erased key also erases the service's copies of the owner's data, and is
 * reported back. A record that is no key event goes to the dead-letter topic and the rest
 * of its poll is applied; a transient failure is thrown, and the whole poll comes again
 * (harmless: applying keys is idempotent, erasing again erases nothing more).
 */
final class DataKeysConsumer implements Consumer<Message<List<byte[]>>> {

	private final InboundEvents inbound;

	private final DataKeys keys;

	private final List<PersonalDataEraser> erasers;

	private final ErasureReceipts receipts;

	private final BiConsumer<InboundRecord, Exception> deadLetters;

	DataKeysConsumer(InboundEvents inbound, DataKeys keys, List<PersonalDataEraser> erasers, ErasureReceipts receipts,
			BiConsumer<InboundRecord, Exception> deadLetters) {
		this.inbound = inbound;
		this.keys = keys;
		this.erasers = erasers;
		this.receipts = receipts;
		this.deadLetters = deadLetters;
	}

	@Override
	public void accept(Message<List<byte[]>> batch) {
		List<DataKeyEvent> events = new ArrayList<>();
		for (InboundRecord record : InboundRecord.allOf(batch)) {
			try {
				this.inbound.handle(record.message(), DataKeyEvent.class, events::add);
			}
			catch (RuntimeException ex) {
				if (ConsumerFailures.isTransient(ex)) {
					throw ex;
				}
				this.deadLetters.accept(record, ex);
			}
		}
		this.keys.applyAll(events);
		// one exhaustive switch (the platform's dispatch style); no sequence guard: an
		// erased key is final (an issued key never overwrites it, see DataKeys)
		for (DataKeyEvent event : events) {
			switch (event) {
				case DataKeyIssued issued -> {
					// applied with the poll
				}
				case DataKeyErased erased -> {
					this.erasers.forEach((eraser) -> eraser.erase(erased.ownerId()));
					if (erased.erasureId() != null) {
						this.receipts.record(erased.erasureId(), erased.ownerId());
					}
				}
			}
		}
	}

}
