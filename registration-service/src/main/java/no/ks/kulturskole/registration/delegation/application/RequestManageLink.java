package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.util.Optional;

import no.ks.kulturskole.registration.delegation.model.Change;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.municipality.MunicipalityDirectory;
import no.ks.kulturskole.support.problem.ConflictingState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * A coordinator who lost the link asks for a new one. The caller always gives the same
 * answer, so nothing here may tell whether the workshop, the delegation or the address
 * exists: only a match changes something (a new secret replaces the old one and is
 * announced sealed, for notification-service to mail to the coordinator address that was
 * registered, never to an address taken from the request alone).
 */
@Service
public class RequestManageLink {

	private static final Logger log = LoggerFactory.getLogger(RequestManageLink.class);

	private final WorkshopRegistrationsStore store;

	private final MunicipalityDirectory municipalities;

	private final ManageTokens tokens;

	private final ManageLinkLimiter limiter;

	private final OptimisticRetry retry;

	private final Clock clock;

	public RequestManageLink(WorkshopRegistrationsStore store, MunicipalityDirectory municipalities,
			ManageTokens tokens, ManageLinkLimiter limiter, OptimisticRetry retry, Clock clock) {
		this.store = store;
		this.municipalities = municipalities;
		this.tokens = tokens;
		this.limiter = limiter;
		this.retry = retry;
		this.clock = clock;
	}

	/**
	 * @param organisationNumber as typed: a municipality or county number, also a 2023
	 * municipality number that names one 2024 municipality
	 * @throws no.ks.kulturskole.support.problem.RuleViolation for a number that names no
	 * organisation (public knowledge, so saying it reveals nothing)
	 * @throws no.ks.kulturskole.registration.problem.TooManyAttempts after too many
	 * requests for the organisation in the workshop
	 */
	public void request(String workshopId, String organisationNumber, String coordinatorEmail) {
		String number = this.municipalities.resolve(organisationNumber, "organisationNumber").organisation().number();
		this.limiter.countLinkRequest(workshopId, number);
		IssuedSecret secret = this.tokens.issue();
		boolean issued;
		try {
			issued = this.retry.run(() -> attempt(workshopId, number, coordinatorEmail, secret),
					RequestManageLink::busy);
		}
		catch (ConflictingState busy) {
			// forty lost races in a row; answering anything but the neutral answer would
			// tell that a delegation matched, so the coordinator is left to ask again
			log.warn("No new manage link for organisation {} in workshop {}: too many concurrent writes", number,
					workshopId);
			return;
		}
		// ids only: the address is personal data, and the secret never leaves the seal
		log.info("Request for a new manage link for organisation {} in workshop {}: {}", number, workshopId,
				issued ? "new link issued" : "no active delegation with that coordinator address");
	}

	private static ConflictingState busy() {
		return new ConflictingState("workshopId", "registration-busy", "Verkstedet har mye pågang akkurat nå.");
	}

	private Optional<Boolean> attempt(String workshopId, String number, String email, IssuedSecret secret) {
		Optional<WorkshopRegistrations> current = this.store.find(workshopId);
		Optional<Change> change = current
			.flatMap(registrations -> registrations.newManageLink(number, email, secret, this.clock.instant()));
		if (change.isEmpty()) {
			return Optional.of(false);
		}
		return this.store.save(current.get().version(), change.get().after(), change.get().events()) ? Optional.of(true)
				: Optional.empty();
	}

}
