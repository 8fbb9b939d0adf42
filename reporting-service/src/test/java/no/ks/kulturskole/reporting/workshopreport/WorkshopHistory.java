package no.ks.kulturskole.reporting.workshopreport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.notification.NotificationSent;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationMails;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.SessionReport;
import no.ks.kulturskole.reporting.workshopreport.model.Totals;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;

/**
 * The full history of one fresh workshop as the three producers would publish it, and the
 * report it must give. Fresh ids every time: tests share one MongoDB and one broker.
 * Instants are whole seconds because MongoDB keeps milliseconds.
 */
final class WorkshopHistory {

	static final Instant START = Instant.parse("2027-03-10T08:00:00Z");

	final String workshopId = UUID.randomUUID().toString();

	final String morning = "s-" + UUID.randomUUID();

	final String afternoon = "s-" + UUID.randomUUID();

	final String bergen = "d-" + UUID.randomUUID();

	final String drammen = "d-" + UUID.randomUUID();

	final String oslo = "d-" + UUID.randomUUID();

	final WorkshopScheduled scheduled = new WorkshopScheduled(UUID.randomUUID(), this.workshopId,
			START.minusSeconds(86400 * 30), 1, "Verksted 1: Kulturskolen i kommunen", "Hva er kulturskolens rolle?",
			"Fremtidens kulturskole", WorkshopFormat.ONLINE, null, "nb", START.minusSeconds(86400 * 9), 2, 6, true,
			List.of(new SessionDetails(this.afternoon, START.plusSeconds(16200), START.plusSeconds(25200), 40,
					"https://meet.example/pm"),
					new SessionDetails(this.morning, START, START.plusSeconds(9000), 60, "https://meet.example/am")));

	final DelegationRegistered bergenRegistered = delegation(this.bergen, this.morning, SeatStatus.CONFIRMED,
			new Organisation("4601", "Bergen", "46", "Vestland"), 2, 20);

	final ParticipantRegistered bergenLeader = participant(this.bergen, this.morning, "4601", "Ola Nordmann",
			"Kulturskoleleder", RoleCategory.KULTURSKOLE, 20);

	final ParticipantRegistered bergenPolitician = participant(this.bergen, this.morning, "4601", "Kari Nordmann",
			"Leder av oppvekstutvalget", RoleCategory.POLITICIAN, 20);

	final DelegationRegistered drammenRegistered = delegation(this.drammen, this.afternoon, SeatStatus.CONFIRMED,
			new Organisation("3301", "Drammen", "33", "Buskerud"), 3, 18);

	final ParticipantRegistered drammenLeader = participant(this.drammen, this.afternoon, "3301", "Per Hansen",
			"Kulturskolerektor", RoleCategory.KULTURSKOLE, 18);

	final ParticipantRegistered drammenPrincipal = participant(this.drammen, this.afternoon, "3301", "Anne Berg",
			"Rektor", RoleCategory.SCHOOL, 18);

	final ParticipantRegistered drammenVolunteer = participant(this.drammen, this.afternoon, "3301", "Nils Dahl",
			"Korleder", RoleCategory.VOLUNTARY_SECTOR, 18);

	final DelegationRegistered osloRegistered = delegation(this.oslo, this.morning, SeatStatus.WAITLISTED,
			new Organisation("0301", "Oslo", "03", "Oslo"), 2, 15);

	final ParticipantRegistered osloLeader = participant(this.oslo, this.morning, "0301", "Siri Lund",
			"Kulturskoleleder", RoleCategory.KULTURSKOLE, 15);

	final ParticipantRegistered osloBusiness = participant(this.oslo, this.morning, "0301", "Ali Khan", "Daglig leder",
			RoleCategory.BUSINESS, 15);

	final NotificationSent bergenConfirmed = mail(this.bergen, 20);

	final NotificationSent drammenConfirmed = mail(this.drammen, 18);

	List<WorkshopScheduled> workshopEvents() {
		return List.of(this.scheduled);
	}

	/** In the order registration-service publishes them: one workshop, one partition. */
	List<DomainEvent> registrationEvents() {
		return List.of(this.bergenRegistered, this.bergenLeader, this.bergenPolitician, this.drammenRegistered,
				this.drammenLeader, this.drammenPrincipal, this.drammenVolunteer, this.osloRegistered, this.osloLeader,
				this.osloBusiness);
	}

	List<NotificationSent> notificationEvents() {
		return List.of(this.bergenConfirmed, this.drammenConfirmed);
	}

	WorkshopReport expectedReport() {
		return WorkshopReport.of(this.workshopId, "Verksted 1: Kulturskolen i kommunen", "Fremtidens kulturskole",
				WorkshopStatus.SCHEDULED, this.scheduled.occurredAt(), this.scheduled.registrationDeadline(),
				List.of(new SessionReport(this.morning, START, START.plusSeconds(9000), 60, 2, 2, 58, 1, 1),
						new SessionReport(this.afternoon, START.plusSeconds(16200), START.plusSeconds(25200), 40, 3, 0,
								37, 1, 0)),
				List.of(new DelegationReport(this.bergen, "4601", "Bergen", "46", "Vestland", "KS Vest-Norge",
						"Vestland", this.morning, DelegationStatus.CONFIRMED, 2, daysBefore(20), false),
						new DelegationReport(this.drammen, "3301", "Drammen", "33", "Buskerud", "KS Viken",
								"Oslo og Viken", this.afternoon, DelegationStatus.CONFIRMED, 3, daysBefore(18), false),
						new DelegationReport(this.oslo, "0301", "Oslo", "03", "Oslo", null, "Oslo og Viken",
								this.morning, DelegationStatus.WAITLISTED, 2, daysBefore(15), false)),
				List.of(participantReport(this.bergenLeader), participantReport(this.bergenPolitician),
						participantReport(this.drammenLeader), participantReport(this.drammenPrincipal),
						participantReport(this.drammenVolunteer), participantReport(this.osloLeader),
						participantReport(this.osloBusiness)),
				List.of(new MunicipalityRef("4601", "Bergen"), new MunicipalityRef("3301", "Drammen"),
						new MunicipalityRef("0301", "Oslo")),
				new Totals(3, 7, 3, 5, 2, 2, 0, 0),
				List.of(new DelegationMails(this.bergen, 1, 0), new DelegationMails(this.drammen, 1, 0)));
	}

	private static ParticipantReport participantReport(ParticipantRegistered registered) {
		return new ParticipantReport(registered.delegationId(), registered.participantId(), registered.name(),
				registered.roleTitle(), registered.roleCategory().name(), registered.organisationNumber());
	}

	private DelegationRegistered delegation(String delegationId, String sessionId, SeatStatus status,
			Organisation organisation, int participantCount, int daysBefore) {
		SessionDetails session = this.scheduled.sessions()
			.stream()
			.filter(candidate -> candidate.sessionId().equals(sessionId))
			.findFirst()
			.orElseThrow();
		return new DelegationRegistered(UUID.randomUUID(), delegationId, this.workshopId, daysBefore(daysBefore), 1,
				sessionId, status, organisation, new Contact("Koordinator", "koordinator@kommune.example", null),
				participantCount, this.scheduled.title(), session.startsAt(), session.endsAt(), "nb");
	}

	/** Another delegate of Bergen's, with the name and role title someone typed in. */
	ParticipantRegistered bergenDelegate(String name, String roleTitle) {
		return participant(this.bergen, this.morning, "4601", name, roleTitle, RoleCategory.POLITICIAN, 20);
	}

	private ParticipantRegistered participant(String delegationId, String sessionId, String organisationNumber,
			String name, String roleTitle, RoleCategory roleCategory, int daysBefore) {
		return new ParticipantRegistered(UUID.randomUUID(), delegationId, this.workshopId, daysBefore(daysBefore), 1,
				"p-" + UUID.randomUUID(), sessionId, organisationNumber, name,
				name.toLowerCase().replace(' ', '.') + "@kommune.example", roleTitle, roleCategory);
	}

	private NotificationSent mail(String delegationId, int daysBefore) {
		return new NotificationSent(UUID.randomUUID(), "n-" + UUID.randomUUID(), this.workshopId, delegationId,
				daysBefore(daysBefore), 1, "DELEGATION_CONFIRMATION", "delegation-confirmation/nb@1");
	}

	private static Instant daysBefore(int days) {
		return START.minusSeconds(86400L * days);
	}

}
