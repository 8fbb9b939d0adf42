package no.ks.kulturskole.support.outbox;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.support.messaging.EventNotPublishedException;
import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.messaging.Publication;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the entries of a document the relay claimed, chunk by chunk, renewing the
 * lease before every chunk after the first and stopping at once when a renewal finds
 * another fencing number; parks what the broker refuses for good, pulls everything done
 * in one fenced update and gives the lease back. The order guarantee of
 * {@link OutboxRelay} rests on the publisher given here being
 * {@link OneInFlightAfterFailure}.
 */
final class ClaimedDocumentPublisher {

	private static final Logger log = LoggerFactory.getLogger(ClaimedDocumentPublisher.class);

	private final EventPublisher publisher;

	private final int chunk;

	private final OutboxLeases leases;

	private final FencedDocuments documents;

	private final ParkedEntries parking;

	private final Counter relayed;

	private final Counter leasesLost;

	/**
	 * @param chunk entries sent between renewals of the lease
	 */
	ClaimedDocumentPublisher(OneInFlightAfterFailure publisher, int chunk, OutboxLeases leases,
			FencedDocuments documents, ParkedEntries parking, MeterRegistry meters) {
		this.publisher = publisher;
		this.chunk = chunk;
		this.leases = leases;
		this.documents = documents;
		this.parking = parking;
		this.relayed = meters.counter("platform.outbox.relayed");
		this.leasesLost = Counter.builder("platform.outbox.leases.lost")
			.description("Documents another instance took over while this one was relaying them")
			.register(meters);
	}

	/**
	 * @return how many of the claim's entries this instance published
	 * @throws EventNotPublishedException when a transient failure stopped it (what is
	 * left stays in the document for the next round)
	 */
	int publish(Claim claim) {
		List<Document> entries = claim.entries();
		List<String> published = new ArrayList<>();
		List<String> parkedHere = new ArrayList<>();
		int next = 0;
		boolean stopped = false;
		boolean lost = false;
		try {
			while (next < entries.size()) {
				if (next > 0 && !this.leases.renew(claim)) {
					lost = true;
					log.warn("Outbox document {}/{} was taken over by another instance; stopped after {} of {}",
							claim.collection(), claim.id(), next, entries.size());
					break;
				}
				List<Document> chunk = entries.subList(next, Math.min(next + this.chunk, entries.size()));
				Publication publication = this.publisher
					.publishAll(chunk.stream().map(ClaimedDocumentPublisher::toEntry).toList());
				chunk.subList(0, publication.acknowledged())
					.forEach((entry) -> published.add(entry.getString("eventId")));
				next += publication.acknowledged();
				if (publication.acknowledged() < chunk.size()) {
					if (!publication.refusedForGood()) {
						stopped = true;
						break;
					}
					this.parking.park(claim, entries.get(next), publication.refusal());
					parkedHere.add(entries.get(next).getString("eventId"));
					next++;
				}
			}
		}
		finally {
			// one update for everything done (also when a later one failed): a document
			// written by a rush holds hundreds of entries, and rewriting it once per
			// entry would cost more than publishing them
			try {
				lost = !this.documents.remove(claim, published, parkedHere) || lost;
			}
			finally {
				this.leases.release(claim);
				this.relayed.increment(published.size());
			}
		}
		if (lost) {
			this.leasesLost.increment();
			return published.size();
		}
		if (stopped) {
			throw new EventNotPublishedException(claim.collection(), entries.get(next).getString("eventId"));
		}
		return published.size();
	}

	private static OutboxEntry toEntry(Document entry) {
		Date occurredAt = entry.getDate("occurredAt");
		return new OutboxEntry(entry.getString("eventId"), entry.getString("topic"), entry.getString("key"),
				entry.getString("type"), entry.getInteger("schemaVersion", 1), entry.getString("aggregateId"),
				(occurredAt != null) ? occurredAt.toInstant() : null, entry.getString("correlationId"),
				entry.getString("payload"), entry.getString("traceparent"));
	}

}
