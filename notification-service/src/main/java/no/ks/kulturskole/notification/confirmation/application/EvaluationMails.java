package no.ks.kulturskole.notification.confirmation.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.contracts.registration.EvaluationInvited;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.confirmation.model.SessionTimeText;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.application.MailTransportException;
import no.ks.kulturskole.notification.mail.application.SecretOpener;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.PublicPages;
import no.ks.kulturskole.notification.mail.model.SealedSecret;
import no.ks.kulturskole.support.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Mails each attendee of an ended session the link to its anonymous evaluation (issue
 * 16), in the delegation's language. One mail per participant and session (the mail key
 * names both), so a redelivered {@code EvaluationInvited} sends nothing. The link's
 * secret stays sealed into the mail log, as the manage link's does: the text holds a
 * placeholder, opened only on the way to SMTP.
 * <p>
 * The attendee's participation confirmation (issue 16 point 4, the PDF "Deltakerbevis")
 * is linked from the same mail: registration seals its link's token with the evaluation's
 * ({@code sealedCertificateToken}), and it is opened here, when the mail is composed. So,
 * unlike the evaluation's secret, it is in the mail log's text until the body's retention
 * (30 days) or an erasure removes it: it shows only what that text already holds (the
 * attendee's name, workshop and session), and it is no key to anything else.
 * <p>
 * It sits with the confirmation mails because it reads their delegation and workshop
 * replicas and is handed its event by their consumer: a feature package of its own would
 * depend on this one and this one on it, a cycle the architecture tests refuse.
 */
@Service
public class EvaluationMails {

	private static final Logger log = LoggerFactory.getLogger(EvaluationMails.class);

	static final String TEMPLATE = "evaluation-invitation";

	/** The template variable for the participation confirmation's link. */
	public static final String CERTIFICATE_LINK = "certificateLink";

	private final DelegationReplica delegations;

	private final WorkshopReplica workshops;

	private final MailTemplates templates;

	private final MailDelivery delivery;

	private final SecretOpener secrets;

	private final String gatewayUrl;

	public EvaluationMails(DelegationReplica delegations, WorkshopReplica workshops, MailTemplates templates,
			MailDelivery delivery, SecretOpener secrets,
			@Value("${platform.gateway-url:http://localhost:8080}") String gatewayUrl) {
		this.secrets = secrets;
		this.delegations = delegations;
		this.workshops = workshops;
		this.templates = templates;
		this.delivery = delivery;
		this.gatewayUrl = gatewayUrl;
	}

	public void on(EvaluationInvited event) {
		Optional<DelegationView> found = this.delegations.ofDelegation(event.delegationId());
		if (found.isEmpty()) {
			log.warn("Evaluation links for delegation {} that this service has not seen; not mailed",
					event.delegationId());
			return;
		}
		DelegationView delegation = found.get();
		Optional<WorkshopView> workshop = this.workshops.find(event.workshopId());
		String title = workshop.map(WorkshopView::title).orElse(delegation.workshopTitle());
		Optional<WorkshopView.Session> session = workshop.flatMap((known) -> known.session(event.sessionId()));
		String link = PublicPages.link(this.gatewayUrl, "/evaluering/" + SealedSecret.PLACEHOLDER);
		for (EvaluationInvited.Invitee invitee : event.invitees()) {
			Optional<Delegate> delegate = delegation.delegates()
				.stream()
				.filter((candidate) -> candidate.participantId().equals(invitee.participantId()))
				.findFirst();
			if (delegate.isEmpty() || delegate.get().email() == null || delegate.get().email().isBlank()) {
				log.warn("Participant {} of delegation {} has no known address; evaluation link not mailed",
						invitee.participantId(), event.delegationId());
				continue;
			}
			Map<String, Object> variables = new HashMap<>();
			variables.put("participantName", delegate.get().name());
			variables.put("workshopTitle", title);
			variables.put("sessionTime",
					session.map((known) -> SessionTimeText.of(known.startsAt(), known.endsAt())).orElse(null));
			variables.put("sessionTimeEn",
					session.map((known) -> SessionTimeText.inEnglish(known.startsAt(), known.endsAt())).orElse(null));
			variables.put("evaluationLink", link);
			variables.put(CERTIFICATE_LINK, certificateLinkOf(invitee, event.language()));
			MailKey key = new MailKey(MailKind.EVALUATION_INVITATION, delegate.get().email(), event.workshopId(),
					event.sessionId(), event.delegationId(), "p" + invitee.participantId());
			this.delivery.deliver(new OutgoingMail(key, this.templates.render(TEMPLATE, event.language(), variables),
					CorrelationId.current().orElse(null), List.of(),
					new SealedSecret(invitee.sealedToken(), invitee.participantId())));
		}
	}

	/** The attendee's own link to the confirmation, in the mail's language. */
	private String certificateLinkOf(EvaluationInvited.Invitee invitee, String language) {
		if (invitee.sealedCertificateToken() == null) {
			return null;
		}
		try {
			String token = this.secrets
				.open(new SealedSecret(invitee.sealedCertificateToken(), invitee.participantId()));
			String link = PublicPages.link(this.gatewayUrl, "/deltakerbevis/" + token);
			return (language == null || "nb".equals(language)) ? link : link + "?sprak=" + language;
		}
		catch (MailTransportException ex) {
			// the evaluation still goes out; the coordinator's page has the confirmation
			// too
			log.warn("The confirmation link of participant {} did not open; mailed without it",
					invitee.participantId());
			return null;
		}
	}

}
