package no.ks.kulturskole.registration.pilot.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.registration.delegation.application.OptimisticRetry;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.municipality.application.MunicipalityDirectory;
import no.ks.kulturskole.registration.pilot.model.PilotApplication;
import no.ks.kulturskole.registration.pilot.model.PilotSelection;
import no.ks.kulturskole.registration.pilot.model.PilotStatus;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.LostRace;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Applications to the pilot project: municipalities apply, staff see them with region and
 * workshop attendance and decide.
 */
@Service
public class PilotApplications {

	private static final Logger log = LoggerFactory.getLogger(PilotApplications.class);

	/** Oslo belongs to none of KS's eight regions; staff still see it in the spread. */
	static final String NO_KS_REGION = "Ingen KS-region (Oslo)";

	private final PilotApplicationsStore store;

	private final WorkshopRegistrationsStore registrations;

	private final MunicipalityDirectory directory;

	private final MunicipalityRegister register;

	private final OptimisticRetry retry;

	private final PilotSelectionClosing closing;

	private final Clock clock;

	public PilotApplications(PilotApplicationsStore store, WorkshopRegistrationsStore registrations,
			MunicipalityDirectory directory, MunicipalityRegister register, OptimisticRetry retry,
			PilotSelectionClosing closing, Clock clock) {
		this.store = store;
		this.registrations = registrations;
		this.directory = directory;
		this.register = register;
		this.retry = retry;
		this.closing = closing;
		this.clock = clock;
	}

	/**
	 * @return the application, and whether it is new (a second one is never created)
	 */
	public Applied apply(String municipalityNumber, Contact contact, String motivation, boolean inGuidanceScheme) {
		Organisation organisation = this.directory.organisationOf(municipalityNumber);
		Optional<PilotApplication> existing = this.store.findByOrganisation(organisation.number());
		if (existing.isPresent()) {
			return new Applied(existing.get(), false);
		}
		// a new application after the selection closed would never be decided
		this.closing.ensureOpen("municipalityNumber");
		PilotApplication.Submitted submitted = PilotApplication.submit(organisation, contact, motivation,
				inGuidanceScheme, this.clock.instant());
		if (!this.store.insert(submitted.application(), submitted.event())) {
			// another request of the same municipality came first
			return new Applied(this.store.findByOrganisation(organisation.number()).orElseThrow(), false);
		}
		log.info("Pilot application {} submitted by municipality {}", submitted.application().id(),
				organisation.number());
		return new Applied(submitted.application(), true);
	}

	public Overview decide(String applicationId, PilotStatus decision, String reason) {
		this.closing.ensureOpen("decision");
		this.retry.run(() -> {
			PilotApplication current = this.store.find(applicationId)
				.orElseThrow(() -> new NotFound("applicationId", "Søknaden finnes ikke."));
			PilotApplication.Decided decided = current.decide(decision, reason, this.clock.instant());
			if (decided.event().isEmpty()) {
				return Optional.of(current);
			}
			return this.store.update(current.version(), decided.after(), decided.event().get())
					? Optional.of(decided.after()) : Optional.empty();
		}, () -> new LostRace("applicationId", "application-busy",
				"Søknaden ble endret samtidig av noen andre. Prøv igjen."));
		log.info("Pilot application {} decided: {}", applicationId, decision);
		return overview();
	}

	/** Every application, earliest first, with what staff need to choose. */
	public Overview overview() {
		List<PilotApplication> applications = this.store.all();
		Map<String, List<Attendance>> attendance = attendanceOf(
				applications.stream().map(application -> application.organisation().number()).toList());
		List<ApplicationView> views = applications.stream()
			.map(application -> new ApplicationView(application,
					this.register.municipality(application.organisation().number())
						.map(Municipality::ksRegion)
						.orElse(null),
					attendance.getOrDefault(application.organisation().number(), List.of())))
			.toList();
		PilotSelection selection = PilotSelection.of(
				views.stream().filter(view -> view.application().status() == PilotStatus.SELECTED).toList(),
				view -> (view.ksRegion() != null) ? view.ksRegion() : NO_KS_REGION,
				view -> view.application().organisation().countyName());
		return new Overview(views, selection);
	}

	private Map<String, List<Attendance>> attendanceOf(List<String> numbers) {
		if (numbers.isEmpty()) {
			return Map.of();
		}
		return this.registrations.findByOrganisations(numbers)
			.stream()
			.flatMap(workshop -> workshop.delegations()
				.stream()
				.filter(Delegation::isActive)
				.filter(delegation -> numbers.contains(delegation.organisation().number()))
				.map(delegation -> attendance(workshop, delegation)))
			.sorted(Comparator.comparing(Attendance::workshopTitle))
			.collect(Collectors.groupingBy(Attendance::organisationNumber));
	}

	private static Attendance attendance(WorkshopRegistrations workshop, Delegation delegation) {
		return new Attendance(delegation.organisation().number(), workshop.id(), workshop.workshop().title(),
				workshop.workshop().status().name(), delegation.status().name(), delegation.personCount(),
				workshop.presentPersonsOf(delegation.delegationId()));
	}

	public record Applied(PilotApplication application, boolean created) {
	}

	public record Overview(List<ApplicationView> applications, PilotSelection selection) {
	}

	/**
	 * @param ksRegion {@code null} for an organisation outside the municipality register
	 */
	public record ApplicationView(PilotApplication application, String ksRegion, List<Attendance> attended) {
	}

	/**
	 * A workshop the municipality has a delegation in.
	 *
	 * @param workshopStatus e.g. COMPLETED once it has taken place
	 * @param seatStatus CONFIRMED or WAITLISTED
	 * @param presentPersons participants staff recorded present in a session of the
	 * workshop; 0 until attendance is recorded, and for a delegation that did not come
	 */
	public record Attendance(String organisationNumber, String workshopId, String workshopTitle, String workshopStatus,
			String seatStatus, int participants, int presentPersons) {
	}

}
