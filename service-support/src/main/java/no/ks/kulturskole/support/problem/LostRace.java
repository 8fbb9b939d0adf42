package no.ks.kulturskole.support.problem;

/**
 * Another writer changed the same aggregate first, every time this one tried: nothing is
 * wrong with the request, and the same request later will go through. Answered as any
 * {@link ConflictingState} (409) over HTTP; a consumer retries the event instead of
 * dead-lettering it (see {@code no.ks.kulturskole.support.deadletter.ConsumerFailures}).
 */
public class LostRace extends ConflictingState {

	public LostRace(String field, String rule, String message) {
		super(field, rule, message);
	}

}
