package no.ks.kulturskole.registration.certificate.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.registration.certificate.application.CertificateStore.Issued;
import no.ks.kulturskole.registration.certificate.model.AttendedSession;
import no.ks.kulturskole.registration.certificate.model.Certificate;
import no.ks.kulturskole.registration.certificate.model.VerificationCode;
import no.ks.kulturskole.registration.delegation.application.ManageDelegation;
import no.ks.kulturskole.registration.delegation.application.ManagedDelegation;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Participation confirmations (issue 16): the PDF for the coordinator (behind the manage
 * link's secret) and for the attendee (behind their own signed link), and the staff
 * look-up of a verification code. Issuing records the code the first time, ids only.
 */
@Service
public class Certificates {

	private static final Logger log = LoggerFactory.getLogger(Certificates.class);

	private final ManageDelegation manage;

	private final WorkshopRegistrationsStore registrations;

	private final CertificateLinks links;

	private final CertificateStore store;

	private final CertificateRenderer renderer;

	private final Clock clock;

	public Certificates(ManageDelegation manage, WorkshopRegistrationsStore registrations, CertificateLinks links,
			CertificateStore store, CertificateRenderer renderer, Clock clock) {
		this.manage = manage;
		this.registrations = registrations;
		this.links = links;
		this.store = store;
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * For the coordinator: the secret is proved as for every manage call (a wrong one is
	 * a 404, and counted against the client).
	 * @param language {@code null} for the delegation's
	 */
	public Pdf forCoordinator(String delegationId, String secret, String client, String participantId,
			String language) {
		ManagedDelegation managed = this.manage.view(delegationId, secret, client);
		WorkshopRegistrations current = this.registrations.find(managed.workshopId())
			.orElseThrow(() -> new NotFound("delegationId", "Påmeldingen finnes ikke."));
		return issue(current, delegationId, participantId, language);
	}

	/** For the attendee, with the token of their link ({@link CertificateLinks}). */
	public Pdf forAttendee(String token, String language) {
		NotFound unknown = new NotFound("token", "Lenken til deltakerbeviset er ugyldig, eller beviset finnes ikke.");
		CertificateLinks.Holder holder = this.links.holderOf(token).orElseThrow(() -> unknown);
		WorkshopRegistrations current = this.registrations.findByDelegation(holder.delegationId())
			.orElseThrow(() -> unknown);
		try {
			return issue(current, holder.delegationId(), holder.participantId(), language);
		}
		catch (RuleViolation ex) {
			// the link holder learns no more than "no confirmation here"
			throw unknown;
		}
	}

	/**
	 * For staff: whose confirmation a code is, or that its holder's data was erased.
	 * @throws RuleViolation when the code cannot be one (400), or was never issued (404)
	 */
	public Lookup lookup(String typed) {
		String code = VerificationCode.parse(typed)
			.orElseThrow(() -> new RuleViolation("code", "code-invalid",
					"Koden er ikke en verifiseringskode: den har formen KS-XXXXX-XXXXX."));
		Issued issued = this.store.find(code)
			.orElseThrow(() -> new NotFound("code", "Ingen deltakerbevis har denne koden."));
		Optional<WorkshopRegistrations> workshop = this.registrations.find(issued.workshopId());
		Optional<Delegation> delegation = workshop.flatMap(current -> current.delegation(issued.delegationId()));
		boolean erased = issued.erasedAt() != null || delegation.isEmpty() || delegation.get().isErased();
		String title = workshop.map(current -> current.workshop().title()).orElse(null);
		if (erased) {
			return new Lookup(code, Lookup.State.ERASED, issued, title, null, null, List.of());
		}
		WorkshopRegistrations current = workshop.get();
		String holder = delegation.get()
			.participants()
			.stream()
			.filter(participant -> participant.participantId().equals(issued.participantId()))
			.map(participant -> participant.name())
			.findFirst()
			.orElse(null);
		return new Lookup(code, Lookup.State.VALID, issued, title, holder, delegation.get().organisation().name(),
				Certificate.attendedBy(current, issued.delegationId(), issued.participantId()));
	}

	private Pdf issue(WorkshopRegistrations current, String delegationId, String participantId, String language) {
		Certificate certificate = Certificate.of(current, delegationId, participantId,
				this.links.codeFor(delegationId, participantId), language);
		this.store.issue(certificate.code(), current.id(), delegationId, participantId, this.clock.instant());
		byte[] pdf = this.renderer.pdf(certificate);
		log.info("Participation confirmation {} of participant {} in delegation {} downloaded", certificate.code(),
				participantId, delegationId);
		return new Pdf(certificate.code(), pdf);
	}

	/** The PDF, with its code for the file name. */
	public record Pdf(String code, byte[] bytes) {
	}

	/**
	 * What staff see for a code.
	 *
	 * @param holderName {@code null} once erased
	 * @param sessions the sessions attended as recorded now; empty once erased
	 */
	public record Lookup(String code, State state, Issued issued, String workshopTitle, String holderName,
			String municipality, List<AttendedSession> sessions) {

		public enum State {

			/** The holder attended; the confirmation is real. */
			VALID,

			/**
			 * The confirmation was issued, but its holder's data has been erased since.
			 */
			ERASED

		}

	}

}
