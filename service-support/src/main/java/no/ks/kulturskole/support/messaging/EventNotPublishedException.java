package no.ks.kulturskole.support.messaging;

public class EventNotPublishedException extends RuntimeException {

	public EventNotPublishedException(String topic, String eventId) {
		super("Event " + eventId + " was not accepted for " + topic);
	}

}
