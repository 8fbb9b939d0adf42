package no.ks.kulturskole.notification.confirmation.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.contracts.workshop.WorkshopInvitationsChanged;
import no.ks.kulturskole.notification.confirmation.model.SessionTimeText;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.PublicPages;
import no.ks.kulturskole.notification.pilot.application.MunicipalityLanguages;
import no.ks.kulturskole.notification.pilot.application.PilotApplications;
import no.ks.kulturskole.support.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Invitations to an invite-only workshop (issue 17): each invited organisation's contacts
 * get a mail with the registration link.
 * <p>
 * The contacts are those the platform already knows for the organisation: the
 * coordinators of its earlier delegations (to any workshop) and the contact persons of
 * its pilot applications, each address once. There is no register of organisations'
 * contact persons, and these are the people who have acted for the organisation in this
 * programme; an organisation the platform has never heard from gets no mail (staff invite
 * it by hand, and the public page tells it it is invited).
 * <p>
 * Once per person, workshop and organisation (the mail key): the event carries the whole
 * list every time, so a redelivery, and each later event that still lists the
 * organisation, sends nothing again; an organisation added later (a new pilot selection)
 * gets its invitation then.
 */
@Service
public class WorkshopInvitationMails {

	private static final Logger log = LoggerFactory.getLogger(WorkshopInvitationMails.class);

	static final String TEMPLATE = "workshop-invitation";

	private static final String DEFAULT_LANGUAGE = "nb";

	private final WorkshopReplica workshops;

	private final DelegationReplica delegations;

	private final PilotApplications applications;

	private final MunicipalityLanguages languages;

	private final MailTemplates templates;

	private final MailDelivery delivery;

	private final String gatewayUrl;

	public WorkshopInvitationMails(WorkshopReplica workshops, DelegationReplica delegations,
			PilotApplications applications, MunicipalityLanguages languages, MailTemplates templates,
			MailDelivery delivery, @Value("${platform.gateway-url:http://localhost:8080}") String gatewayUrl) {
		this.workshops = workshops;
		this.delegations = delegations;
		this.applications = applications;
		this.languages = languages;
		this.templates = templates;
		this.delivery = delivery;
		this.gatewayUrl = gatewayUrl;
	}

	public void on(WorkshopInvitationsChanged event) {
		if (WorkshopInvitationsChanged.OPEN.equals(event.scope())) {
			return;
		}
		Optional<WorkshopView> workshop = this.workshops.find(event.workshopId());
		if (workshop.isEmpty() || workshop.get().cancelled()) {
			// WorkshopScheduled comes first in the partition; a cancelled one invites
			// nobody
			log.warn("Invitations for workshop {} not mailed: workshop unknown or cancelled", event.workshopId());
			return;
		}
		int mailed = 0;
		for (String organisation : event.organisationNumbers()) {
			for (Map.Entry<String, String> contact : contactsOf(organisation).entrySet()) {
				invite(workshop.get(), organisation, contact.getKey(), contact.getValue());
				mailed++;
			}
		}
		log.info("Invitations to workshop {}: {} contact(s) of {} organisation(s)", event.workshopId(), mailed,
				event.organisationNumbers().size());
	}

	/** Address (as written) by lower-cased address → name; coordinators first. */
	private Map<String, String> contactsOf(String organisation) {
		Map<String, String> byAddress = new LinkedHashMap<>();
		Map<String, String> seen = new HashMap<>();
		this.delegations.coordinatorsOf(organisation)
			.forEach(coordinator -> add(byAddress, seen, coordinator.email(), coordinator.name()));
		this.applications.fromMunicipality(organisation)
			.forEach(applicant -> add(byAddress, seen, applicant.contactEmail(), applicant.contactName()));
		return byAddress;
	}

	private static void add(Map<String, String> byAddress, Map<String, String> seen, String email, String name) {
		if (email == null || email.isBlank()) {
			return;
		}
		String address = email.strip();
		if (seen.putIfAbsent(address.toLowerCase(Locale.ROOT), address) == null) {
			byAddress.put(address, name);
		}
	}

	private void invite(WorkshopView workshop, String organisation, String email, String name) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("contactName", name);
		variables.put("workshopTitle", workshop.title());
		variables.put("registrationLink",
				PublicPages.link(this.gatewayUrl, "/verksted/" + workshop.workshopId() + "/pamelding"));
		workshop.sessions()
			.values()
			.stream()
			.min(Comparator.comparing(WorkshopView.Session::startsAt))
			.ifPresent(first -> {
				variables.put("sessionTime", SessionTimeText.of(first.startsAt(), first.endsAt()));
				variables.put("sessionTimeEn", SessionTimeText.inEnglish(first.startsAt(), first.endsAt()));
			});
		MailKey key = new MailKey(MailKind.WORKSHOP_INVITATION, email, workshop.workshopId(), null, organisation, 1);
		String language = this.languages.of(organisation).orElse(DEFAULT_LANGUAGE);
		this.delivery.deliver(new OutgoingMail(key, this.templates.render(TEMPLATE, language, variables),
				CorrelationId.current().orElse(null)));
	}

}
