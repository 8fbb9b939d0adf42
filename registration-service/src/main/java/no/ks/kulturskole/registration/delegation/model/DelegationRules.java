package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * What a workshop asks of a delegation and when it takes one: the programme's rules, in
 * the words the coordinator reads (bokmål), naming the field that broke them.
 */
final class DelegationRules {

	private static final DateTimeFormatter DEADLINE_FORMAT = DateTimeFormatter
		.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("nb-NO"))
		.withZone(WorkshopRegistrations.OSLO);

	private DelegationRules() {
	}

	/**
	 * At least one delegate, within the workshop's size (and the platform's
	 * {@link WorkshopRegistrations#MAX_DELEGATES}), someone from outside the kulturskole
	 * where the workshop asks for it, and one address per delegate.
	 * @throws RuleViolation for the first rule broken
	 */
	static void checkDelegation(Workshop workshop, List<NewParticipant> participants) {
		if (participants.isEmpty()) {
			throw new RuleViolation("participants", "participants-missing", "Delegasjonen må ha minst én deltaker.");
		}
		if (participants.size() < workshop.minDelegationSize()) {
			throw new RuleViolation("participants", "delegation-too-small",
					"Verkstedet krever minst " + workshop.minDelegationSize()
							+ " deltakere fra hver kommune, men delegasjonen har " + participants.size() + ".");
		}
		int max = (workshop.maxDelegationSize() != null)
				? Math.min(workshop.maxDelegationSize(), WorkshopRegistrations.MAX_DELEGATES)
				: WorkshopRegistrations.MAX_DELEGATES;
		if (participants.size() > max) {
			throw new RuleViolation("participants", "delegation-too-large", "Verkstedet tar imot høyst " + max
					+ " deltakere fra hver kommune, men delegasjonen har " + participants.size() + ".");
		}
		if (workshop.outsideRoleRequired() && participants.stream()
			.allMatch(participant -> participant.roleCategory() == RoleCategory.KULTURSKOLE)) {
			throw new RuleViolation("participants", "outside-role-missing",
					"Minst én deltaker må ha en rolle utenfor kulturskolen, for eksempel politiker, leder i en annen "
							+ "kommunal tjeneste, skole, barnehage, lokalt kulturliv eller frivilligheten.");
		}
		Set<String> emails = new HashSet<>();
		for (int i = 0; i < participants.size(); i++) {
			if (!emails.add(participants.get(i).normalisedEmail())) {
				throw new RuleViolation("participants[" + i + "].email", "email-duplicate",
						"Hver deltaker må ha sin egen e-postadresse; denne er allerede brukt av en annen deltaker "
								+ "i delegasjonen.");
			}
		}
	}

	/**
	 * @throws ConflictingState unless the workshop is scheduled, before its deadline,
	 * with sessions
	 */
	static void checkOpen(Workshop workshop, Instant now) {
		if (workshop.status() != WorkshopStatus.SCHEDULED) {
			throw new ConflictingState("workshopId", "registration-closed", "Verkstedet tar ikke imot påmeldinger.");
		}
		if (now.isAfter(workshop.registrationDeadline())) {
			throw new ConflictingState("workshopId", "registration-deadline-passed",
					"Påmeldingsfristen gikk ut " + DEADLINE_FORMAT.format(workshop.registrationDeadline()) + ".");
		}
		if (workshop.sessions().isEmpty()) {
			throw new ConflictingState("workshopId", "no-sessions", "Verkstedet har ingen økter å melde seg på ennå.");
		}
	}

	/**
	 * @throws RuleViolation when the workshop is for invited organisations only
	 */
	static void checkInvited(Workshop workshop, Organisation organisation) {
		if (!workshop.invites(organisation.number())) {
			throw new RuleViolation("municipalityNumber", "not-invited",
					"Verkstedet er bare for inviterte kommuner, og " + organisation.name()
							+ " er ikke invitert. Ta kontakt med arrangøren hvis dere mener dere skal være med.");
		}
	}

}
