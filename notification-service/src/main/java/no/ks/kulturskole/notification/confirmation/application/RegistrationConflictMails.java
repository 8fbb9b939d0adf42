package no.ks.kulturskole.notification.confirmation.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.notification.confirmation.application.DelegateInvitations.SessionTimes;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.support.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Someone other than a delegation's coordinator tried to register the same municipality:
 * the coordinator is told who tried (in the delegation's language), and the person who
 * tried that the municipality is registered already, without a word about by whom (in the
 * language of their form). One mail each per conflict, whatever the redeliveries: the
 * conflict's id is the mails' version. When staff hand the delegation over, the replica
 * takes the new coordinator, so the new link that follows reaches them.
 */
@Service
public class RegistrationConflictMails {

	private static final Logger log = LoggerFactory.getLogger(RegistrationConflictMails.class);

	static final String TO_COORDINATOR_TEMPLATE = "registration-conflict";

	static final String TO_THE_OTHER_TEMPLATE = "already-registered";

	static final String REPLACED_TEMPLATE = "coordinator-replaced";

	private final DelegationReplica delegations;

	private final DelegateInvitations invitations;

	private final WorkshopReplica workshops;

	private final MailTemplates templates;

	private final MailDelivery delivery;

	public RegistrationConflictMails(DelegationReplica delegations, DelegateInvitations invitations,
			WorkshopReplica workshops, MailTemplates templates, MailDelivery delivery) {
		this.delegations = delegations;
		this.invitations = invitations;
		this.workshops = workshops;
		this.templates = templates;
		this.delivery = delivery;
	}

	public void on(RegistrationConflictReported event) {
		if (event.contact() == null || event.contact().email() == null) {
			// the delegation's personal data was erased before this was read: nobody to
			// tell
			log.info("Registration conflict {}: personal data erased, no mails", event.conflictId());
			return;
		}
		Optional<DelegationView> found = this.delegations.ofDelegation(event.delegationId())
			.filter(DelegationView::registered);
		String municipality = (event.organisation() != null) ? event.organisation().name() : null;
		String title = found.map(delegation -> this.invitations.timesOf(delegation).title())
			.or(() -> this.workshops.find(event.workshopId()).map(workshop -> workshop.title()))
			.orElse(null);
		String version = "c" + event.conflictId();

		Map<String, Object> toTheOther = new HashMap<>();
		toTheOther.put("contactName", event.contact().name());
		toTheOther.put("municipalityName", municipality);
		toTheOther.put("workshopTitle", title);
		send(new MailKey(MailKind.ALREADY_REGISTERED, event.contact().email(), event.workshopId(), null,
				event.delegationId(), version),
				this.templates.render(TO_THE_OTHER_TEMPLATE, languageOf(event.language()), toTheOther));

		if (found.isEmpty() || found.get().coordinator() == null || found.get().coordinator().email() == null
				|| found.get().coordinator().email().isBlank()) {
			log.warn("Registration conflict {}: delegation {} has no coordinator known here; only the other person "
					+ "was mailed", event.conflictId(), event.delegationId());
			return;
		}
		DelegationView delegation = found.get();
		SessionTimes times = this.invitations.timesOf(delegation);
		Map<String, Object> toCoordinator = new HashMap<>();
		toCoordinator.put("coordinatorName", delegation.coordinator().name());
		toCoordinator.put("otherName", event.contact().name());
		toCoordinator.put("otherEmail", event.contact().email());
		toCoordinator.put("municipalityName", (municipality != null) ? municipality : delegation.municipalityName());
		toCoordinator.put("workshopTitle", title);
		send(new MailKey(MailKind.REGISTRATION_CONFLICT, delegation.coordinator().email(), event.workshopId(),
				delegation.sessionId(), event.delegationId(), version),
				this.templates.render(TO_COORDINATOR_TEMPLATE, languageOf(times.language()), toCoordinator));
		log.info("Registration conflict {} of delegation {}: both people mailed", event.conflictId(),
				event.delegationId());
	}

	/**
	 * A hand-over: the coordinator who is replaced is told who took over (mailed before
	 * the replica changes, so a redelivery after a crash in between still finds them; the
	 * mail's key keeps it to one), then the replica takes the new coordinator.
	 */
	public void on(RegistrationConflictResolved event) {
		if (event.resolution() == RegistrationConflictResolved.Resolution.HAND_OVER && event.coordinator() != null
				&& event.coordinator().email() != null) {
			this.delegations.ofDelegation(event.delegationId())
				.filter(DelegationView::registered)
				.filter(delegation -> delegation.coordinator() != null && delegation.coordinator().email() != null
						&& !delegation.coordinator().email().equalsIgnoreCase(event.coordinator().email()))
				.ifPresent(delegation -> tellReplaced(delegation, event));
			this.delegations.recordCoordinator(event.delegationId(), event.coordinator().name(),
					event.coordinator().email());
			log.info("Delegation {} handed over to a new coordinator (conflict {})", event.delegationId(),
					event.conflictId());
		}
	}

	private void tellReplaced(DelegationView delegation, RegistrationConflictResolved event) {
		SessionTimes times = this.invitations.timesOf(delegation);
		Map<String, Object> variables = new HashMap<>();
		variables.put("coordinatorName", delegation.coordinator().name());
		variables.put("otherName", event.coordinator().name());
		variables.put("otherEmail", event.coordinator().email());
		variables.put("municipalityName", delegation.municipalityName());
		variables.put("workshopTitle", times.title());
		send(new MailKey(MailKind.COORDINATOR_REPLACED, delegation.coordinator().email(), event.workshopId(),
				delegation.sessionId(), event.delegationId(), "c" + event.conflictId()),
				this.templates.render(REPLACED_TEMPLATE, languageOf(times.language()), variables));
	}

	private static String languageOf(String language) {
		return (language != null && !language.isBlank()) ? language : "nb";
	}

	private void send(MailKey key, RenderedMail content) {
		this.delivery.deliver(new OutgoingMail(key, content, CorrelationId.current().orElse(null), List.of(), null));
	}

}
