package no.ks.kulturskole.registration.delegation.application;

import java.time.Instant;
import java.util.function.BiFunction;

import no.ks.kulturskole.registration.delegation.model.Change;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;

/**
 * One change to a workshop's registrations, decided against the state the
 * {@link WorkshopWriter} hands it. It may be decided more than once (when another
 * instance wrote first), so it must not have side effects of its own; it throws to
 * refuse.
 *
 * @param <T> what the caller gets back
 */
@FunctionalInterface
public interface WorkshopDecision<T> {

	/**
	 * @param current the registrations as they stand after every earlier decision of the
	 * same batch
	 * @param acceptedAt when the writer accepted the request: "now" for every rule, so a
	 * request accepted before the deadline counts as on time
	 */
	Decided<T> decide(WorkshopRegistrations current, Instant acceptedAt);

	/**
	 * A change that answers the registrations as they are after it; one without events
	 * stores nothing and answers them as they were.
	 */
	static WorkshopDecision<WorkshopRegistrations> changing(BiFunction<WorkshopRegistrations, Instant, Change> change) {
		return (current, acceptedAt) -> {
			Change decided = change.apply(current, acceptedAt);
			return decided.events().isEmpty() ? Decided.unchanged(current) : Decided.of(decided, decided.after());
		};
	}

	/**
	 * @param change {@code null} when nothing changes
	 */
	record Decided<T>(T answer, Change change) {

		public static <T> Decided<T> unchanged(T answer) {
			return new Decided<>(answer, null);
		}

		public static <T> Decided<T> of(Change change, T answer) {
			return new Decided<>(answer, change);
		}

	}

}
