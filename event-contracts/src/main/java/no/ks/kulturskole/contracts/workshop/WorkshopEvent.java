package no.ks.kulturskole.contracts.workshop;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import no.ks.kulturskole.contracts.DomainEvent;

/** Everything published on {@code workshop.events}, keyed by workshopId. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = WorkshopScheduled.class, name = "WorkshopScheduled"),
		@JsonSubTypes.Type(value = WorkshopRescheduled.class, name = "WorkshopRescheduled"),
		@JsonSubTypes.Type(value = WorkshopDetailsChanged.class, name = "WorkshopDetailsChanged"),
		@JsonSubTypes.Type(value = SessionAdded.class, name = "SessionAdded"),
		@JsonSubTypes.Type(value = SessionChanged.class, name = "SessionChanged"),
		@JsonSubTypes.Type(value = MaterialsPublished.class, name = "MaterialsPublished"),
		@JsonSubTypes.Type(value = RegistrationClosed.class, name = "RegistrationClosed"),
		@JsonSubTypes.Type(value = WorkshopCancelled.class, name = "WorkshopCancelled"),
		@JsonSubTypes.Type(value = WorkshopCompleted.class, name = "WorkshopCompleted"),
		@JsonSubTypes.Type(value = WorkshopInvitationsChanged.class, name = "WorkshopInvitationsChanged"),
		@JsonSubTypes.Type(value = WorkshopQuestionsChanged.class, name = "WorkshopQuestionsChanged") })
public sealed interface WorkshopEvent extends DomainEvent permits WorkshopScheduled, WorkshopRescheduled,
		WorkshopDetailsChanged, SessionAdded, SessionChanged, MaterialsPublished, RegistrationClosed, WorkshopCancelled,
		WorkshopCompleted, WorkshopInvitationsChanged, WorkshopQuestionsChanged {

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
