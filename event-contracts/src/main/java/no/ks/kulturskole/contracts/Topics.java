package no.ks.kulturskole.contracts;

import java.util.List;

/**
 * The one catalogue of topics. Each topic has exactly one writer, named here, and is
 * keyed so that the history of one workshop stays in one partition and therefore in
 * order.
 */
public final class Topics {

	/** Written by workshop-service only. Key: workshopId. */
	public static final String WORKSHOP_EVENTS = "workshop.events";

	/** Written by registration-service only. Key: workshopId. */
	public static final String REGISTRATION_EVENTS = "registration.events";

	/** Written by notification-service only. Key: workshopId. */
	public static final String NOTIFICATION_EVENTS = "notification.events";

	public static final int DEFAULT_PARTITIONS = 3;

	public static final List<String> DOMAIN_TOPICS = List.of(WORKSHOP_EVENTS, REGISTRATION_EVENTS, NOTIFICATION_EVENTS);

	private Topics() {
	}

}
