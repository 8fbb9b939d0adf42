package no.ks.kulturskole.registration.delegation.model;

import java.util.List;

import no.ks.kulturskole.contracts.DomainEvent;

/**
 * The aggregate after a change, and the events that tell the other services about it;
 * stored together in one document update.
 */
public record Change(WorkshopRegistrations after, List<DomainEvent> events) {

	public Change {
		events = List.copyOf(events);
	}

}
