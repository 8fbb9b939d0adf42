package no.ks.kulturskole.registration.delegation.application;

import no.ks.kulturskole.registration.delegation.application.WorkshopDecision.Decided;
import no.ks.kulturskole.registration.municipality.application.MunicipalityDirectory;
import no.ks.kulturskole.support.problem.RuleViolation;
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

	private final MunicipalityDirectory municipalities;

	private final ManageTokens tokens;

	private final ManageLinkLimiter limiter;

	private final WorkshopWriter writer;

	public RequestManageLink(MunicipalityDirectory municipalities, ManageTokens tokens, ManageLinkLimiter limiter,
			WorkshopWriter writer) {
		this.municipalities = municipalities;
		this.tokens = tokens;
		this.limiter = limiter;
		this.writer = writer;
	}

	/**
	 * @param organisationNumber as typed: a municipality or county number, also a 2023
	 * municipality number that names one 2024 municipality
	 * @throws no.ks.kulturskole.support.problem.RuleViolation for a number that names no
	 * organisation (public knowledge, so saying it reveals nothing)
	 * @throws TooManyAttempts after too many requests for the organisation in the
	 * workshop
	 */
	public void request(String workshopId, String organisationNumber, String coordinatorEmail) {
		String number = this.municipalities.resolve(organisationNumber, "organisationNumber").organisation().number();
		this.limiter.countLinkRequest(workshopId, number);
		IssuedSecret secret = this.tokens.issue();
		boolean issued;
		try {
			issued = this.writer.write(workshopId, RegisterDelegation::unknownWorkshop,
					(current, now) -> current.newManageLink(number, coordinatorEmail, secret, now)
						.map(change -> Decided.of(change, true))
						.orElseGet(() -> Decided.unchanged(false)));
		}
		catch (RuleViolation refused) {
			// an unknown workshop, a full document or writers that kept losing: answering
			// anything but the neutral answer would tell whether a delegation matched, so
			// the coordinator is left to ask again
			log.info("No new manage link for organisation {} in workshop {}: {}", number, workshopId, refused.rule());
			return;
		}
		// ids only: the address is personal data, and the secret never leaves the seal
		log.info("Request for a new manage link for organisation {} in workshop {}: {}", number, workshopId,
				issued ? "new link issued" : "no active delegation with that coordinator address");
	}

}
