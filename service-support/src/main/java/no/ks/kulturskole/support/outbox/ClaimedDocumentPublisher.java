package no.ks.kulturskole.support.outbox;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * Publishes the entries of many claims together when they fit in one chunk (a relay
	 * of small documents, one per e-mail: a send, one fenced pull and one release for
	 * them all, instead of each of those per document); otherwise, or when a send fails,
	 * claim after claim as {@link #publish} does. Every claim's entries are sent in its
	 * order, so each claim's first copies keep their order as in {@link #publish}.
	 * @return how many entries this instance published
	 * @throws EventNotPublishedException when a transient failure stopped it
	 */
	int publishAll(List<Claim> claims) {
		int waiting = claims.stream().mapToInt((claim) -> claim.entries().size()).sum();
		if (claims.size() == 1 || waiting > this.chunk) {
			return publishEach(claims);
		}
		List<Document> entries = claims.stream().flatMap((claim) -> claim.entries().stream()).toList();
		Publication publication = this.publisher
			.publishAll(entries.stream().map(ClaimedDocumentPublisher::toEntry).toList());
		Map<Claim, List<String>> done = new LinkedHashMap<>();
		List<Claim> rest = new ArrayList<>();
		int acknowledged = publication.acknowledged();
		for (Claim claim : claims) {
			if (claim.entries().size() <= acknowledged) {
				done.put(claim, claim.entries().stream().map((entry) -> entry.getString("eventId")).toList());
			}
			else {
				// from the first not acknowledged on: sent again claim by claim, under
				// the
				// leases still held (what went out of them already comes twice, dropped
				// by event id)
				rest.add(claim);
			}
			acknowledged = Math.max(0, acknowledged - claim.entries().size());
		}
		int published = 0;
		try {
			int fencedOff = this.documents.removeAll(done);
			if (fencedOff > 0) {
				this.leasesLost.increment(fencedOff);
			}
			published = done.values().stream().mapToInt(List::size).sum();
		}
		finally {
			this.leases.releaseAll(List.copyOf(done.keySet()));
			this.relayed.increment(published);
		}
		return published + publishEach(rest);
	}

	private int publishEach(List<Claim> claims) {
		int published = 0;
		for (int i = 0; i < claims.size(); i++) {
			try {
				published += publish(claims.get(i));
			}
			catch (RuntimeException ex) {
				// the ones not tried yet are given back for the next round
				this.leases.releaseAll(claims.subList(i + 1, claims.size()));
				throw ex;
			}
		}
		return published;
	}

	private static OutboxEntry toEntry(Document entry) {
		Date occurredAt = entry.getDate("occurredAt");
		return new OutboxEntry(entry.getString("eventId"), entry.getString("topic"), entry.getString("key"),
				entry.getString("type"), entry.getInteger("schemaVersion", 1), entry.getString("aggregateId"),
				(occurredAt != null) ? occurredAt.toInstant() : null, entry.getString("correlationId"),
				entry.getString("payload"), entry.getString("traceparent"));
	}

}
