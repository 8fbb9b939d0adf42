package no.ks.kulturskole.contracts.registration;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import no.ks.kulturskole.contracts.DomainEvent;

/**
 * Everything published on {@code registration.events}. The key is the workshopId so that
 * one workshop's registrations, waiting list and promotions are read in order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = DelegationRegistered.class, name = "DelegationRegistered"),
		@JsonSubTypes.Type(value = ParticipantRegistered.class, name = "ParticipantRegistered") })
public sealed interface RegistrationEvent extends DomainEvent permits DelegationRegistered, ParticipantRegistered {

	String workshopId();

	String delegationId();

	@Override
	default String aggregateId() {
		return delegationId();
	}

	@Override
	default String partitionKey() {
		return workshopId();
	}

}
