package no.ks.kulturskole.contracts.privacy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import no.ks.kulturskole.contracts.DomainEvent;

/**
 * Everything published on {@code privacy.keys}: the data keys that seal personal data
 * ({@link PersonalData}), keyed by their owner (a delegation or a pilot application). The
 * topic is compacted, so it keeps the last record per owner: the key while the owner's
 * data lives, {@link DataKeyErased} once it is erased.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = DataKeyIssued.class, name = "DataKeyIssued"),
		@JsonSubTypes.Type(value = DataKeyErased.class, name = "DataKeyErased") })
public sealed interface DataKeyEvent extends DomainEvent permits DataKeyIssued, DataKeyErased {

	/** The delegation or pilot application the key seals the personal data of. */
	String ownerId();

	@Override
	default String aggregateId() {
		return ownerId();
	}

	/** The owner: compaction keeps one record per owner. */
	@Override
	default String partitionKey() {
		return ownerId();
	}

}
