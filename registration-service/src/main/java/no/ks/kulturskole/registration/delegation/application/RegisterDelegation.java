package no.ks.kulturskole.registration.delegation.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.registration.delegation.application.WorkshopDecision.Decided;
import no.ks.kulturskole.registration.delegation.model.Change;
import no.ks.kulturskole.registration.delegation.model.DelegationRequest;
import no.ks.kulturskole.registration.delegation.model.RegistrationOutcome;
import no.ks.kulturskole.registration.municipality.application.MunicipalityDirectory;
import no.ks.kulturskole.registration.municipality.application.OrganisationMatch;
import no.ks.kulturskole.support.privacy.DataKeys;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Registers a municipality's delegation: the request queues behind those accepted before
 * it for the same workshop, and the {@link WorkshopWriter} decides it against the state
 * they left and stores it with them in one conditional update, so seats go first come,
 * first served and are never oversold. Nothing is written when a rule is broken.
 */
@Service
public class RegisterDelegation {

	private static final Logger log = LoggerFactory.getLogger(RegisterDelegation.class);

	/** A conflict mails the person who tried and the delegation's coordinator. */
	static final int CONFLICT_MAILS = 2;

	private final WorkshopWriter writer;

	private final MunicipalityDirectory municipalities;

	private final ManageTokens tokens;

	private final MailBudget mailBudget;

	private final DataKeys keys;

	public RegisterDelegation(WorkshopWriter writer, MunicipalityDirectory municipalities, ManageTokens tokens,
			MailBudget mailBudget, DataKeys keys) {
		this.writer = writer;
		this.municipalities = municipalities;
		this.tokens = tokens;
		this.mailBudget = mailBudget;
		this.keys = keys;
	}

	/**
	 * @param client the caller's address, for the {@link MailBudget}
	 */
	public RegistrationResult register(String workshopId, RegistrationCommand command, String client) {
		int addresses = MailBudget.addressesOf(command);
		this.mailBudget.check(client, addresses, "participants");
		OrganisationMatch match = this.municipalities.resolve(command.municipalityNumber());
		// one secret per request: only the decision that creates the delegation hands it
		// out
		IssuedSecret manageSecret = this.tokens.issue();
		DelegationRequest request = new DelegationRequest(match.organisation(), command.coordinator(),
				command.participants(), command.language(), manageSecret, null);
		// the delegation's data key is stored here, by the requests in parallel, rather
		// than by the workshop's one writer while it seals the delegation's events: in a
		// rush that writer would insert one key per delegation, one after the other. Its
		// announcement goes into the workshop's outbox ahead of the delegation's events,
		// in the same update; a refused request leaves a key that nobody hears of.
		Optional<DataKeyIssued> announcement = this.keys.issuedAhead(request.delegationId());
		RegistrationResult result = this.writer.write(workshopId, RegisterDelegation::unknownWorkshop,
				(current, acceptedAt) -> switch (current.register(request, acceptedAt)) {
					case RegistrationOutcome.AlreadyRegistered existing -> throw alreadyRegistered();
					// stored, then refused exactly as above: the caller learns nothing
					// more
					case RegistrationOutcome.ConflictReported conflict -> Decided
						.of(new Change(conflict.after(), conflict.events()), conflictReported(workshopId, conflict));
					case RegistrationOutcome.Registered registered ->
						Decided.of(new Change(registered.after(), announced(announcement, registered.events())),
								new RegistrationResult(workshopId, registered.delegation(), true, manageSecret.secret(),
										match.notice()));
				});
		if (!result.created()) {
			// only a recorded conflict answers without creating (a plain repeat threw
			// above); both people are mailed, so it spends the caller's budget
			this.mailBudget.spend(client, CONFLICT_MAILS);
			log.info("Delegation {} of municipality {} for workshop {}: registration conflict reported",
					result.delegation().delegationId(), result.delegation().organisation().number(), workshopId);
			throw alreadyRegistered();
		}
		this.mailBudget.spend(client, addresses);
		// ids only: names and e-mails never go to the log
		log.info("Delegation {} of municipality {} for workshop {}: registered as {}",
				result.delegation().delegationId(), result.delegation().organisation().number(), workshopId,
				result.delegation().status());
		return result;
	}

	private static RegistrationResult conflictReported(String workshopId,
			RegistrationOutcome.ConflictReported conflict) {
		return new RegistrationResult(workshopId, conflict.delegation(), false);
	}

	/**
	 * One delegation per municipality and workshop. The refusal says so, and nothing more
	 * about the delegation there is: not its id (which, with a guessed secret, is all a
	 * manage request needs, and once locked the coordinator out), seat, size or contact.
	 * Its coordinator changes it through the link in their e-mail.
	 */
	static ConflictingState alreadyRegistered() {
		return new ConflictingState("municipalityNumber", "already-registered",
				"Kommunen er allerede påmeldt dette verkstedet. Kontaktpersonen endrer påmeldingen med lenken "
						+ "i e-posten, og kan bestille en ny lenke om den er borte.");
	}

	static NotFound unknownWorkshop() {
		return new NotFound("workshopId", "Verkstedet finnes ikke, eller er ikke åpnet for påmelding ennå.");
	}

	/**
	 * The key's announcement first: a reader that hears of the events may wait for it.
	 */
	private static List<DomainEvent> announced(Optional<DataKeyIssued> announcement, List<DomainEvent> events) {
		List<DomainEvent> all = new ArrayList<>(events.size() + 1);
		announcement.ifPresent(all::add);
		all.addAll(events);
		return all;
	}

}
