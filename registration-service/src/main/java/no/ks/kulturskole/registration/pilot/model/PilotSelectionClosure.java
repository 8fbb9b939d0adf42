package no.ks.kulturskole.registration.pilot.model;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.PilotSelectionClosed;
import no.ks.kulturskole.support.problem.ConflictingState;

/**
 * The moment staff closed the pilot selection (issue 14): from then on no application is
 * decided, changed or added, and the applications' personal data is erased a configured
 * time later. Closed once; closing again changes nothing.
 *
 * @param applications how many applications there were when it closed
 * @param selected how many of them were selected
 */
public record PilotSelectionClosure(Instant closedAt, int applications, int selected) {

	public static Closed close(List<PilotApplication> applications, Instant at) {
		// as stored (milliseconds), so that the first answer equals every later one
		Instant now = at.truncatedTo(ChronoUnit.MILLIS);
		int selected = (int) applications.stream()
			.filter((application) -> application.status() == PilotStatus.SELECTED)
			.count();
		PilotSelectionClosure closure = new PilotSelectionClosure(now, applications.size(), selected);
		return new Closed(closure, new PilotSelectionClosed(UUID.randomUUID(), PilotSelectionClosed.SELECTION, now,
				PilotSelectionClosed.SCHEMA_VERSION, applications.size(), selected));
	}

	/** When retention erases the applications' personal data. */
	public Instant personalDataErasedAt(Duration retention) {
		return this.closedAt.plus(retention);
	}

	/** What refuses a change to the applications once the selection is closed. */
	public static ConflictingState refusal(String field) {
		return new ConflictingState(field, "pilot-selection-closed",
				"Utvelgelsen av pilotkommuner er avsluttet; søknadene kan ikke endres.");
	}

	public record Closed(PilotSelectionClosure closure, PilotSelectionClosed event) {
	}

}
