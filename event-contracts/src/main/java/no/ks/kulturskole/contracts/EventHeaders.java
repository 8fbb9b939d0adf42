package no.ks.kulturskole.contracts;

/**
 * Kafka record headers carried by every event, CloudEvents style (binary content mode),
 * so that a consumer can route and trace without parsing the payload.
 */
public final class EventHeaders {

	public static final String ID = "ce_id";

	public static final String TYPE = "ce_type";

	public static final String SOURCE = "ce_source";

	public static final String SUBJECT = "ce_subject";

	public static final String TIME = "ce_time";

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String SCHEMA_VERSION = "ce_dataschemaversion";

	/** Follows one user request through every service that handles it. */
	public static final String CORRELATION_ID = "correlation_id";

	private EventHeaders() {
	}

}
