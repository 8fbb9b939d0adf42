package no.ks.kulturskole.contracts.workshop;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import no.ks.kulturskole.contracts.DomainEvent;

/** Everything published on {@code workshop.events}, keyed by workshopId. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = WorkshopScheduled.class, name = "WorkshopScheduled") })
public sealed interface WorkshopEvent extends DomainEvent permits WorkshopScheduled {

	String workshopId();

	@Override
	default String aggregateId() {
		return workshopId();
	}

	@Override
	default String partitionKey() {
		return workshopId();
	}

}
