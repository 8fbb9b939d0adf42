package no.ks.kulturskole.registration.evaluation.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.EvaluationInvited;
import no.ks.kulturskole.registration.certificate.application.CertificateLinks;
import no.ks.kulturskole.registration.delegation.application.ManageTokens;
import no.ks.kulturskole.registration.delegation.application.OptimisticRetry;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.Session;
import no.ks.kulturskole.registration.delegation.model.SessionAttendance;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.evaluation.application.EvaluationStore.Link;
import no.ks.kulturskole.registration.evaluation.application.InvitationStore.Invited;
import no.ks.kulturskole.support.secret.SecretSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Gives every participant recorded present in a session that has ended one link to the
 * session's evaluation (issue 16): a random 128-bit secret of which only the SHA-256 is
 * stored, announced in {@code EvaluationInvited} sealed for notification-service, which
 * mails it. Runs when attendance is recorded and from a sweep; the invitation record
 * makes it issue each link once, whichever runs first or how often.
 */
@Service
public class EvaluationInvitations {

	private static final Logger log = LoggerFactory.getLogger(EvaluationInvitations.class);

	private static final int SECRET_BYTES = 16;

	private final SecureRandom random = new SecureRandom();

	private final WorkshopRegistrationsStore workshops;

	private final EvaluationStore evaluations;

	private final InvitationStore invitations;

	private final SecretSeal seal;

	private final OptimisticRetry retry;

	private final Clock clock;

	private final CertificateLinks certificates;

	EvaluationInvitations(WorkshopRegistrationsStore workshops, EvaluationStore evaluations,
			InvitationStore invitations, SecretSeal seal, OptimisticRetry retry, Clock clock,
			CertificateLinks certificates) {
		this.certificates = certificates;
		this.workshops = workshops;
		this.evaluations = evaluations;
		this.invitations = invitations;
		this.seal = seal;
		this.retry = retry;
		this.clock = clock;
	}

	/**
	 * Invites the attendees of the workshop's ended sessions who have no link yet.
	 * @return how many links were issued
	 */
	public int inviteAttendeesOfEndedSessions(String workshopId) {
		Optional<WorkshopRegistrations> found = this.workshops.find(workshopId);
		if (found.isEmpty()) {
			return 0;
		}
		WorkshopRegistrations registrations = found.get();
		Instant now = this.clock.instant();
		int issued = 0;
		for (SessionAttendance attendance : registrations.attendance()) {
			boolean ended = registrations.workshop()
				.session(attendance.sessionId())
				.map(Session::endsAt)
				.filter((end) -> !end.isAfter(now))
				.isPresent();
			Optional<Delegation> delegation = registrations.delegations()
				.stream()
				.filter((candidate) -> candidate.delegationId().equals(attendance.delegationId()))
				.findFirst();
			if (ended && !attendance.present().isEmpty() && delegation.isPresent() && !delegation.get().isErased()) {
				issued += invite(workshopId, attendance, delegation.get());
			}
		}
		return issued;
	}

	private int invite(String workshopId, SessionAttendance attendance, Delegation delegation) {
		String sessionId = attendance.sessionId();
		String delegationId = delegation.delegationId();
		String language = (delegation.language() != null) ? delegation.language() : "nb";
		int issued = this.retry.run(() -> {
			Optional<Invited> before = this.invitations.find(workshopId, sessionId, delegationId);
			if (before.map(Invited::erased).orElse(false)) {
				return Optional.of(0);
			}
			Set<String> fresh = new LinkedHashSet<>(attendance.present());
			before.ifPresent((invited) -> fresh.removeAll(invited.participantIds()));
			if (fresh.isEmpty()) {
				return Optional.of(0);
			}
			List<Link> links = new ArrayList<>();
			List<EvaluationInvited.Invitee> invitees = new ArrayList<>();
			for (String participantId : fresh) {
				String secret = newSecret();
				links.add(new Link(ManageTokens.hash(secret), workshopId, sessionId, language, false));
				// the attendee's participation confirmation travels in the same mail
				String certificate = this.certificates.tokenFor(delegationId, participantId);
				invitees.add(new EvaluationInvited.Invitee(participantId, this.seal.seal(secret, participantId),
						this.seal.seal(certificate, participantId)));
			}
			// the links first: a link stored without its announcement is never mailed
			// and does no harm, an announced link that was never stored would not work
			this.evaluations.addLinks(links);
			EvaluationInvited event = new EvaluationInvited(UUID.randomUUID(), delegationId, workshopId,
					this.clock.instant(), EvaluationInvited.SCHEMA_VERSION, sessionId, language, invitees);
			if (this.invitations.record(before.orElse(null), workshopId, sessionId, delegationId, List.copyOf(fresh),
					event)) {
				return Optional.of(fresh.size());
			}
			this.evaluations.removeLinks(links.stream().map(Link::hash).toList());
			return Optional.empty();
		}, () -> new IllegalStateException("Inviting delegation " + delegationId + " lost every race"));
		if (issued > 0) {
			log.info("Evaluation links for session {} of workshop {}: {} issued to delegation {}", sessionId,
					workshopId, issued, delegationId);
		}
		return issued;
	}

	private String newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		this.random.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
