package no.ks.kulturskole.contracts.notification;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import no.ks.kulturskole.contracts.DomainEvent;

/** Everything published on {@code notification.events}, keyed by workshopId. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = NotificationSent.class, name = "NotificationSent"),
		@JsonSubTypes.Type(value = NotificationFailed.class, name = "NotificationFailed"),
		@JsonSubTypes.Type(value = MessageSentToRegistrants.class, name = "MessageSentToRegistrants") })
public sealed interface NotificationEvent extends DomainEvent
		permits NotificationSent, NotificationFailed, MessageSentToRegistrants {

	String notificationId();

	String workshopId();

	@Override
	default String aggregateId() {
		return notificationId();
	}

	@Override
	default String partitionKey() {
		return workshopId();
	}

}
