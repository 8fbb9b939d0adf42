package no.ks.kulturskole.workshop.workshop.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * Who may register for a workshop: everyone, or a list of organisations (municipality or
 * county numbers). The list is kept sorted and without repeats, so that two equal lists
 * are equal and a change that changes nothing is noticed as such.
 *
 * @param organisationNumbers empty when {@link InvitationScope#OPEN}; for
 * {@link InvitationScope#PILOT_MUNICIPALITIES} the municipalities selected so far
 */
public record Invitations(InvitationScope scope, List<String> organisationNumbers) {

	public static final Invitations OPEN = new Invitations(InvitationScope.OPEN, List.of());

	/** More than the country has: a bound on what one request can store. */
	public static final int MAX_ORGANISATIONS = 400;

	public Invitations {
		Objects.requireNonNull(scope, "scope");
		organisationNumbers = (scope == InvitationScope.OPEN || organisationNumbers == null) ? List.of()
				: List.copyOf(new TreeSet<>(organisationNumbers));
	}

	/**
	 * A hand-made list; at least one organisation, at most {@link #MAX_ORGANISATIONS}.
	 */
	public static Invitations listed(Collection<String> organisationNumbers) {
		if (organisationNumbers == null || organisationNumbers.isEmpty()) {
			throw new RuleViolation("organisationNumbers", "invitations-empty",
					"Velg minst én kommune eller fylkeskommune som inviteres.");
		}
		if (organisationNumbers.size() > MAX_ORGANISATIONS) {
			throw new RuleViolation("organisationNumbers", "invitations-too-many", "For mange organisasjoner.");
		}
		return new Invitations(InvitationScope.LISTED, List.copyOf(organisationNumbers));
	}

	public static Invitations pilotMunicipalities(Collection<String> selected) {
		return new Invitations(InvitationScope.PILOT_MUNICIPALITIES, List.copyOf(selected));
	}

	public boolean isOpen() {
		return this.scope == InvitationScope.OPEN;
	}

	/**
	 * The list with one more selected pilot municipality, when it follows the pilot;
	 * itself otherwise, or when the municipality is already on it.
	 */
	public Invitations withPilotMunicipality(String organisationNumber) {
		if (this.scope != InvitationScope.PILOT_MUNICIPALITIES
				|| this.organisationNumbers.contains(organisationNumber)) {
			return this;
		}
		List<String> more = new ArrayList<>(this.organisationNumbers);
		more.add(organisationNumber);
		return new Invitations(this.scope, more);
	}

}
