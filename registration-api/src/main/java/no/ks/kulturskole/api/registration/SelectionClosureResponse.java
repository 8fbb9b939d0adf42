package no.ks.kulturskole.api.registration;

import java.time.Instant;

/**
 * Whether the pilot selection is closed (issue 14), and when the applications' personal
 * data is erased; {@code closed} false and the rest {@code null} while it is open.
 *
 * @param applications the applications when it was closed
 * @param selected the municipalities selected when it was closed
 * @param personalDataErasedAt when retention erases the applications' personal data
 */
public record SelectionClosureResponse(boolean closed, Instant closedAt, Integer applications, Integer selected,
		Instant personalDataErasedAt) {

	/** The answer while the selection is open. */
	public static SelectionClosureResponse open() {
		return new SelectionClosureResponse(false, null, null, null, null);
	}

}
