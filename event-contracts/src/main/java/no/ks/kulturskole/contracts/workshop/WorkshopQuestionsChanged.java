package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The extra questions of a workshop's registration form changed (issue 17: extra
 * questions). Carries the whole form as it stands after the change, so that a consumer
 * sets it without knowing the one before; a workshop without this event asks nothing
 * extra. Only the questions travel here, never anybody's answers: the answers stay in
 * registration-service, which is the only service that needs them.
 *
 * @param formVersion raised by every change of the form, so that a consumer that holds a
 * newer form ignores an older one delivered again
 * @param questions at most ten, in the order the form shows them
 */
public record WorkshopQuestionsChanged(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion,
		int formVersion, List<RegistrationQuestion> questions) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

	public WorkshopQuestionsChanged {
		questions = (questions != null) ? List.copyOf(questions) : List.of();
	}

}
