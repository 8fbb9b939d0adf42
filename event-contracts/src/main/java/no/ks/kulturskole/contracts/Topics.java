package no.ks.kulturskole.contracts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The one catalogue of topics. Each topic has exactly one writer, named here, and is
 * keyed so that the history of one workshop stays in one partition and therefore in
 * order.
 * <p>
 * Domain topics keep their records for ever ({@code retention.ms=-1}): read models are
 * rebuilt by replaying them, so they are the source of truth. They are event logs, not
 * keyed state, so none is compacted (compaction would keep only a workshop's last event),
 * except {@link #PRIVACY_KEYS}, which is keyed state: one data key per owner. Dead-letter
 * topics are for people to look at and replay by hand, so they are kept for a bounded
 * time.
 */
public final class Topics {

	/** Written by workshop-service only. Key: workshopId. */
	public static final String WORKSHOP_EVENTS = "workshop.events";

	/** Written by registration-service only. Key: workshopId. */
	public static final String REGISTRATION_EVENTS = "registration.events";

	/** Written by notification-service only. Key: workshopId. */
	public static final String NOTIFICATION_EVENTS = "notification.events";

	/**
	 * Written by registration-service only. Key: the delegation or pilot application
	 * whose personal data the key seals. Compacted: the last record per owner is the key,
	 * or that it was erased.
	 */
	public static final String PRIVACY_KEYS = "privacy.keys";

	public static final int DEFAULT_PARTITIONS = 3;

	/**
	 * Long enough for someone to notice the alert and replay the record, and no longer: a
	 * dead letter is a copy of an event and may carry personal data (issue 14: 14 days,
	 * as the privacy notice tells the users).
	 */
	public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);

	/** The binder's {@code dlq-partitions}: dead letters are rare and read by people. */
	public static final int DEAD_LETTER_PARTITIONS = 1;

	public static final List<TopicSpec> DOMAIN = List.of(
			new TopicSpec(WORKSHOP_EVENTS, "workshop-service", DEFAULT_PARTITIONS, null, false),
			new TopicSpec(REGISTRATION_EVENTS, "registration-service", DEFAULT_PARTITIONS, null, false),
			new TopicSpec(NOTIFICATION_EVENTS, "notification-service", DEFAULT_PARTITIONS, null, false),
			new TopicSpec(PRIVACY_KEYS, "registration-service", DEFAULT_PARTITIONS, null, true),
			new TopicSpec(erasureReceipts("notification-service"), "notification-service", 1, null, false),
			new TopicSpec(erasureReceipts("reporting-service"), "reporting-service", 1, null, false));

	public static final List<String> DOMAIN_TOPICS = DOMAIN.stream().map(TopicSpec::name).toList();

	private Topics() {
	}

	/**
	 * Where a service that keeps copies of personal data reports each erasure done
	 * ({@code ErasureCompleted}): one topic per service, so that each has one writer;
	 * read by registration-service. Key: erasureId. Few records, one partition.
	 */
	public static String erasureReceipts(String service) {
		return "erasure." + service;
	}

	/** The declaration of a domain topic, if {@code name} is one. */
	public static Optional<TopicSpec> domain(String name) {
		return DOMAIN.stream().filter((spec) -> spec.name().equals(name)).findFirst();
	}

	/**
	 * The topic a consumer group dead-letters a topic's poison records to, named as the
	 * Kafka binder names it ({@code error.<topic>.<group>}).
	 */
	public static TopicSpec deadLetter(String topic, String group, Duration retention) {
		return new TopicSpec("error." + topic + "." + group, group, DEAD_LETTER_PARTITIONS, retention, false);
	}

}
