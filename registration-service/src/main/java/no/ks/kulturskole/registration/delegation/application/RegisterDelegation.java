package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.util.Optional;

import no.ks.kulturskole.registration.delegation.model.DelegationRequest;
import no.ks.kulturskole.registration.delegation.model.RegistrationOutcome;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.municipality.MunicipalityDirectory;
import no.ks.kulturskole.registration.municipality.OrganisationMatch;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Registers a municipality's delegation: checks every rule against the freshest state of
 * the workshop's aggregate and stores the delegation with its events in one conditional
 * update; on a lost race it starts over from a fresh read, so seats are never oversold.
 * Nothing is written when a rule is broken.
 */
@Service
public class RegisterDelegation {

	private static final Logger log = LoggerFactory.getLogger(RegisterDelegation.class);

	private final WorkshopRegistrationsStore store;

	private final MunicipalityDirectory municipalities;

	private final OptimisticRetry retry;

	private final Clock clock;

	private final ManageTokens tokens;

	public RegisterDelegation(WorkshopRegistrationsStore store, MunicipalityDirectory municipalities,
			OptimisticRetry retry, Clock clock, ManageTokens tokens) {
		this.store = store;
		this.municipalities = municipalities;
		this.retry = retry;
		this.clock = clock;
		this.tokens = tokens;
	}

	public RegistrationResult register(String workshopId, RegistrationCommand command) {
		// one secret per request: only the attempt that creates the delegation hands it
		// out
		IssuedSecret manageSecret = this.tokens.issue();
		RegistrationResult result = this.retry.run(() -> attempt(workshopId, command, manageSecret),
				() -> new ConflictingState("workshopId", "registration-busy",
						"Det kommer mange påmeldinger til dette verkstedet akkurat nå. Prøv igjen om litt."));
		// ids only: names and e-mails never go to the log
		log.info("Delegation {} of municipality {} for workshop {}: {} {}", result.delegation().delegationId(),
				result.delegation().organisation().number(), workshopId,
				result.created() ? "registered as" : "already registered as", result.delegation().status());
		return result;
	}

	/**
	 * One read-decide-write round; empty when another writer changed the workshop first.
	 */
	private Optional<RegistrationResult> attempt(String workshopId, RegistrationCommand command,
			IssuedSecret manageSecret) {
		WorkshopRegistrations current = this.store.find(workshopId).orElseThrow(RegisterDelegation::unknownWorkshop);
		OrganisationMatch match = this.municipalities.resolve(command.municipalityNumber());
		DelegationRequest request = new DelegationRequest(match.organisation(), command.coordinator(),
				command.participants(), command.language(), manageSecret);
		return switch (current.register(request, this.clock.instant())) {
			case RegistrationOutcome.AlreadyRegistered existing ->
				Optional.of(new RegistrationResult(workshopId, existing.delegation(), false, null, match.notice()));
			case RegistrationOutcome.Registered registered ->
				this.store.addDelegation(workshopId, current.version(), registered.delegation(), registered.events())
						? Optional.of(new RegistrationResult(workshopId, registered.delegation(), true,
								manageSecret.secret(), match.notice()))
						: Optional.empty();
		};
	}

	static NotFound unknownWorkshop() {
		return new NotFound("workshopId", "Verkstedet finnes ikke, eller er ikke åpnet for påmelding ennå.");
	}

}
