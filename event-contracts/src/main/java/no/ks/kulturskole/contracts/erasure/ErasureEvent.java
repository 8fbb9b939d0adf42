package no.ks.kulturskole.contracts.erasure;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import no.ks.kulturskole.contracts.DomainEvent;

/**
 * What a service that keeps copies of personal data tells the owner of the data
 * (registration-service) about an erasure, each on a topic of its own
 * ({@code erasure.<service>}, see
 * {@link no.ks.kulturskole.contracts.Topics#erasureReceipts}), keyed by the erasure. Ids
 * only.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = ErasureCompleted.class, name = "ErasureCompleted") })
public sealed interface ErasureEvent extends DomainEvent permits ErasureCompleted {

	String erasureId();

	/** The service that erased its copies ({@code spring.application.name}). */
	String service();

	@Override
	default String aggregateId() {
		return erasureId();
	}

	@Override
	default String partitionKey() {
		return erasureId();
	}

}
