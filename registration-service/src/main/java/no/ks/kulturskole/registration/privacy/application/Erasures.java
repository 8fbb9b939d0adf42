package no.ks.kulturskole.registration.privacy.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import no.ks.kulturskole.contracts.erasure.ErasureCompleted;
import no.ks.kulturskole.registration.certificate.application.CertificateStore;
import no.ks.kulturskole.registration.delegation.application.answers.RegistrationAnswers;
import no.ks.kulturskole.registration.delegation.application.OptimisticRetry;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.evaluation.application.InvitationStore;
import no.ks.kulturskole.registration.pilot.application.PilotApplicationsStore;
import no.ks.kulturskole.registration.pilot.model.PilotApplication;
import no.ks.kulturskole.support.privacy.DataKeys;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Erasure of personal data on request (issue 14). registration-service owns the data: it
 * finds the owners (delegations, pilot applications), erases its own copies, and erases
 * each owner's data key ({@code DataKeyErased} on {@code privacy.keys}, carrying the
 * erasure's id and nothing personal). The events' sealed fields are unreadable from then
 * on; notification-service and reporting-service erase their copies on that event and
 * report back ({@code ErasureCompleted}).
 */
@Component
public class Erasures {

	/** registration-service itself, which erases before it answers. */
	public static final String OWNER = "registration-service";

	/** Every service that keeps copies of personal data, and reports its erasures. */
	public static final List<String> SERVICES = List.of(OWNER, "notification-service", "reporting-service");

	private static final Logger log = LoggerFactory.getLogger(Erasures.class);

	private final WorkshopRegistrationsStore workshops;

	private final PilotApplicationsStore pilots;

	private final DataKeys keys;

	private final ErasureStore erasures;

	private final OptimisticRetry retry;

	private final CertificateStore certificates;

	private final Clock clock;

	private final InvitationStore evaluationInvitations;

	private final RegistrationAnswers answers;

	Erasures(WorkshopRegistrationsStore workshops, PilotApplicationsStore pilots, DataKeys keys, ErasureStore erasures,
			OptimisticRetry retry, CertificateStore certificates, Clock clock, InvitationStore evaluationInvitations,
			RegistrationAnswers answers) {
		this.evaluationInvitations = evaluationInvitations;
		this.answers = answers;
		this.workshops = workshops;
		this.certificates = certificates;
		this.pilots = pilots;
		this.keys = keys;
		this.erasures = erasures;
		this.retry = retry;
		this.clock = clock;
	}

	/**
	 * @return the erasure's id
	 */
	public String ofDelegation(String delegationId) {
		WorkshopRegistrations registrations = this.workshops.findByDelegation(delegationId)
			.orElseThrow(() -> new NotFound("delegationId", "Det finnes ingen delegasjon med denne id-en."));
		return erase(List.of(new Owner(delegationId, registrations.id())), List.of());
	}

	/**
	 * Retention by default: delegations of one workshop whose time is up, as one erasure
	 * (the same flow as on request, so the other services erase and report back alike).
	 * @return the erasure's id
	 */
	public String ofWorkshopDelegations(String workshopId, List<String> delegationIds) {
		return erase(delegationIds.stream().map((delegationId) -> new Owner(delegationId, workshopId)).toList(),
				List.of());
	}

	/**
	 * Retention by default: the pilot applications, once the selection has been closed
	 * long enough, as one erasure (the same flow as on request).
	 * @return the erasure's id
	 */
	public String ofPilotApplications(List<String> applicationIds) {
		return erase(List.of(), applicationIds);
	}

	/**
	 * Every delegation and pilot application the person appears in, by e-mail address
	 * (case and surrounding spaces do not matter). None found is an erasure of nothing,
	 * done at once.
	 * @return the erasure's id
	 */
	public String ofPerson(String email) {
		List<Owner> delegations = new ArrayList<>();
		for (WorkshopRegistrations registrations : this.workshops.findByPersonEmail(email)) {
			registrations.delegationsOf(email)
				.forEach((delegationId) -> delegations.add(new Owner(delegationId, registrations.id())));
		}
		List<String> applications = this.pilots.findByContactEmail(email).stream().map(PilotApplication::id).toList();
		return erase(delegations, applications);
	}

	public Optional<ErasureStatus> status(String erasureId) {
		return this.erasures.status(erasureId, SERVICES);
	}

	/** Another service erased its copies of an owner. */
	public void on(ErasureCompleted receipt) {
		this.erasures.done(receipt.erasureId(), receipt.service(), receipt.ownerId(), receipt.occurredAt());
	}

	private String erase(List<Owner> delegations, List<String> applications) {
		String erasureId = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		List<String> owners = new ArrayList<>(delegations.stream().map(Owner::ownerId).toList());
		owners.addAll(applications);
		this.erasures.create(erasureId, now, owners);
		for (Owner delegation : delegations) {
			eraseDelegation(delegation);
			// the participation confirmations go with it: their look-up says only that
			// one existed
			this.certificates.erasedWith(delegation.ownerId(), now);
		}
		applications.forEach(this.pilots::erase);
		for (String owner : owners) {
			this.keys.erase(owner, now, erasureId);
			this.erasures.done(erasureId, OWNER, owner, now);
		}
		log.info("Erasure {}: {} delegations and {} pilot applications erased here", erasureId, delegations.size(),
				applications.size());
		return erasureId;
	}

	private void eraseDelegation(Owner delegation) {
		this.workshops.withdrawKeyAnnouncement(delegation.workshopId(), delegation.ownerId());
		this.retry.run(() -> {
			WorkshopRegistrationsStore.Loaded loaded = this.workshops.load(delegation.workshopId()).orElseThrow();
			WorkshopRegistrations after = loaded.registrations().withPersonalDataErased(delegation.ownerId());
			return this.workshops.commit(loaded, after, List.of()) ? Optional.of(after) : Optional.empty();
		}, () -> new IllegalStateException("Erasing delegation " + delegation.ownerId() + " lost every race"));
		// whom of it the evaluation invited (issue 16); the answers hold nobody and stay
		this.evaluationInvitations.eraseDelegation(delegation.ownerId());
		// the answers to the extra questions (health-related needs among them) go with it
		this.answers.erase(delegation.ownerId());
	}

	private record Owner(String ownerId, String workshopId) {
	}

}
