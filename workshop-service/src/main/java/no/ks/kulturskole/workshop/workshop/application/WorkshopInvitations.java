package no.ks.kulturskole.workshop.workshop.application;

import java.util.List;

import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.workshop.workshop.model.InvitationScope;
import no.ks.kulturskole.workshop.workshop.model.Invitations;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Invite-only workshops (issue 17): staff limit a workshop to organisations they list, or
 * to the municipalities selected for the pilot, which it then follows as selections
 * arrive on registration.events.
 * <p>
 * A selection and a staff member choosing "the pilot municipalities" may cross: the
 * selection is stored before the workshops following the pilot are looked up, and the
 * staff change looks at the stored selections again after it is stored, so whichever
 * comes second sees the other.
 */
@Service
public class WorkshopInvitations {

	private static final Logger log = LoggerFactory.getLogger(WorkshopInvitations.class);

	private final WorkshopChanges changes;

	private final WorkshopRepository workshops;

	private final PilotMunicipalities pilot;

	private final MunicipalityRegister register;

	public WorkshopInvitations(WorkshopChanges changes, WorkshopRepository workshops, PilotMunicipalities pilot,
			MunicipalityRegister register) {
		this.changes = changes;
		this.workshops = workshops;
		this.pilot = pilot;
		this.register = register;
	}

	/**
	 * Sets who may register, refusing an organisation number that is neither a
	 * municipality nor a county (naming it as {@code organisationNumbers[i]}).
	 */
	public Workshop invite(String workshopId, InvitationScope scope, List<String> organisationNumbers) {
		Invitations invitations = switch (scope) {
			case OPEN -> Invitations.OPEN;
			case LISTED -> Invitations.listed(known(organisationNumbers));
			case PILOT_MUNICIPALITIES -> Invitations.pilotMunicipalities(this.pilot.all());
		};
		Workshop invited = this.changes.invite(workshopId, invitations);
		if (scope == InvitationScope.PILOT_MUNICIPALITIES) {
			for (String selected : this.pilot.all()) {
				invited = this.changes.pilotMunicipalitySelected(workshopId, selected);
			}
		}
		return invited;
	}

	/**
	 * From registration.events: the pilot's selections invite to the workshops that
	 * follow the pilot. Idempotent by state: the pilot and each workshop's invitations
	 * are sets, so a redelivery adds nothing.
	 */
	public void on(PilotMunicipalitySelected selected) {
		this.pilot.add(selected.organisationNumber());
		for (Workshop workshop : this.workshops.findFollowingThePilot()) {
			this.changes.pilotMunicipalitySelected(workshop.id(), selected.organisationNumber());
		}
		log.info("Pilot selection {} applied to the workshops following the pilot", selected.applicationId());
	}

	private List<String> known(List<String> organisationNumbers) {
		if (organisationNumbers == null) {
			return List.of();
		}
		for (int index = 0; index < organisationNumbers.size(); index++) {
			String number = organisationNumbers.get(index);
			boolean known = number != null && (this.register.municipality(number.strip()).isPresent()
					|| this.register.county(number.strip()).isPresent());
			if (!known) {
				throw new RuleViolation("organisationNumbers[" + index + "]", "unknown-organisation",
						"Ukjent kommune- eller fylkesnummer.");
			}
		}
		return organisationNumbers.stream().map(String::strip).toList();
	}

}
