package no.ks.kulturskole.reporting.workshopreport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.AttendanceRecorded;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityReports;
import no.ks.kulturskole.reporting.workshopreport.application.PilotProjection;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoPilotApplicationStore;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoWorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityView;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.PilotApplicant;
import no.ks.kulturskole.reporting.workshopreport.model.PilotApplicationReport;
import no.ks.kulturskole.reporting.workshopreport.model.PilotDecision;
import no.ks.kulturskole.reporting.workshopreport.model.PilotOverview;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** The per-municipality view and the pilot overview, each on a fresh database. */
class MunicipalityAndPilotTests {

	private static final MunicipalityRegister REGISTER = MunicipalityRegister.load();

	private MongoClient client;

	private WorkshopReportProjection projection;

	private PilotProjection pilots;

	private MunicipalityReports reports;

	@BeforeEach
	void connect() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoTemplate mongo = new MongoTemplate(this.client, "reporting-municipality-" + UUID.randomUUID());
		MongoWorkshopReportStore store = new MongoWorkshopReportStore(mongo);
		MongoPilotApplicationStore pilotStore = new MongoPilotApplicationStore(mongo);
		MunicipalityDirectory directory = new MunicipalityDirectory(REGISTER);
		this.projection = new WorkshopReportProjection(store, directory);
		this.pilots = new PilotProjection(pilotStore, directory);
		this.reports = new MunicipalityReports(store, pilotStore, REGISTER);
	}

	@AfterEach
	void disconnect() {
		this.client.close();
	}

	@Test
	void aMunicipalityShowsItsWorkshopsWithDelegatesAndRolesAndItsPilotApplication() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(history);
		PilotApplicationSubmitted application = application("4601", "Bergen", "46", "Vestland", 0);
		applyTwice(application);

		MunicipalityView bergen = this.reports.municipality("4601");

		assertThat(bergen.ksRegion()).isEqualTo("KS Vest-Norge");
		assertThat(bergen.workshops()).singleElement().satisfies(workshop -> {
			assertThat(workshop.workshopId()).isEqualTo(history.workshopId);
			assertThat(workshop.sessionStartsAt()).isEqualTo(WorkshopHistory.START);
			assertThat(workshop.status()).isEqualTo(DelegationStatus.CONFIRMED);
			assertThat(workshop.delegates()).extracting(ParticipantReport::name, ParticipantReport::roleCategory)
				.containsExactly(tuple("Ola Nordmann", "KULTURSKOLE"), tuple("Kari Nordmann", "POLITICIAN"));
		});
		assertThat(bergen.pilotApplications()).singleElement()
			.extracting(PilotApplicationReport::applicationId, PilotApplicationReport::decision)
			.containsExactly(application.applicationId(), PilotDecision.PENDING);
	}

	@Test
	void aWorkshopWhoseScheduleIsNotReadYetShowsWithoutASessionTimeInTheViewAndTheOverview() {
		WorkshopHistory history = new WorkshopHistory();
		// registrations may be read before the workshop's schedule
		history.registrationEvents().forEach(this::apply);
		applyTwice(application("4601", "Bergen", "46", "Vestland", 0));

		MunicipalityView bergen = this.reports.municipality("4601");
		PilotOverview overview = this.reports.pilotOverview();

		assertThat(bergen.workshops()).singleElement().satisfies(workshop -> {
			assertThat(workshop.workshopId()).isEqualTo(history.workshopId);
			assertThat(workshop.title()).isNull();
			assertThat(workshop.sessionStartsAt()).isNull();
			assertThat(workshop.delegates()).hasSize(2);
		});
		assertThat(overview.applicants()).singleElement().extracting(PilotApplicant::workshopsAttended).isEqualTo(1);
	}

	@Test
	void aMunicipalityNumberNotInTheRegisterIsNotFound() {
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.reports.municipality("9999"));
	}

	@Test
	void thePilotOverviewShowsApplicantsWithRegionAttendanceReflectionsAndSelectedAgainstTheTarget() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(history);
		apply(new ReflectionSubmitted(UUID.randomUUID(), history.bergen, history.workshopId, WorkshopHistory.START, 1,
				"4601", List.of(new ReflectionAnswer("Hva tar dere med?", "Mye"))));
		apply(new AttendanceRecorded(UUID.randomUUID(), history.bergen, history.workshopId, WorkshopHistory.START, 1,
				history.morning, "4601", List.of(history.bergenLeader.participantId()), 2, 1));
		PilotApplicationSubmitted bergen = application("4601", "Bergen", "46", "Vestland", 0);
		PilotApplicationSubmitted oslo = application("0301", "Oslo", "03", "Oslo", 1);
		PilotApplicationSubmitted tromso = application("5501", "Tromsø", "55", "Troms", 2);
		List.of(bergen, oslo, tromso).forEach(this::applyTwice);
		applyTwice(new PilotMunicipalitySelected(UUID.randomUUID(), bergen.applicationId(), Instant.now(), 1, "4601"));
		applyTwice(new PilotApplicationDeclined(UUID.randomUUID(), oslo.applicationId(), Instant.now(), 1, "0301",
				"Ikke i veiledningsordningen"));

		PilotOverview overview = this.reports.pilotOverview();

		assertThat(overview.applications()).isEqualTo(3);
		assertThat(overview.selected()).isEqualTo(1);
		assertThat(overview.targetMin()).isEqualTo(6);
		assertThat(overview.targetMax()).isEqualTo(7);
		assertThat(overview.targetMet()).isFalse();
		assertThat(overview.applicants())
			.extracting(applicant -> applicant.application().municipalityName(),
					applicant -> applicant.application().ksRegion(), applicant -> applicant.application().decision(),
					PilotApplicant::workshopsAttended, PilotApplicant::reflectionsSubmitted,
					PilotApplicant::workshopsPresent)
			.containsExactly(tuple("Bergen", "KS Vest-Norge", PilotDecision.SELECTED, 1, 1, 1),
					tuple("Oslo", null, PilotDecision.DECLINED, 0, 0, 0),
					tuple("Tromsø", "KS Nord-Norge", PilotDecision.PENDING, 0, 0, 0));
	}

	@Test
	void applicationsSubmittedAtTheSameMomentAreListedByIdSoThatARebuildDoesNotReorderThem() {
		Instant sameMoment = PilotHistory.SUBMITTED;
		PilotApplicationSubmitted later = new PilotApplicationSubmitted(UUID.randomUUID(), "a-2-" + UUID.randomUUID(),
				sameMoment, 1, new Organisation("4601", "Bergen", "46", "Vestland"),
				new Contact("Koordinator", "koordinator@kommune.example", null), "Vi vil være med", true);
		PilotApplicationSubmitted earlier = new PilotApplicationSubmitted(UUID.randomUUID(), "a-1-" + UUID.randomUUID(),
				sameMoment, 1, new Organisation("4601", "Bergen", "46", "Vestland"),
				new Contact("Koordinator", "koordinator@kommune.example", null), "Vi vil være med", true);
		applyTwice(later);
		applyTwice(earlier);

		assertThat(this.reports.pilotOverview().applicants())
			.extracting(applicant -> applicant.application().applicationId())
			.containsExactly(earlier.applicationId(), later.applicationId());
		assertThat(this.reports.municipality("4601").pilotApplications())
			.extracting(PilotApplicationReport::applicationId)
			.containsExactly(earlier.applicationId(), later.applicationId());
	}

	/** Submitted in the order of {@code hoursLater}: the overview lists them so. */
	private PilotApplicationSubmitted application(String number, String name, String county, String countyName,
			int hoursLater) {
		return new PilotApplicationSubmitted(UUID.randomUUID(), "a-" + UUID.randomUUID(),
				PilotHistory.SUBMITTED.plusSeconds(3600L * hoursLater), 1,
				new Organisation(number, name, county, countyName),
				new Contact("Koordinator", "koordinator@kommune.example", null), "Vi vil være med", true);
	}

	private void applyTwice(PilotEvent event) {
		this.pilots.apply(event, EventLog.positionOf(event));
		this.pilots.apply(event, EventLog.positionOf(event));
	}

	private void applyAll(WorkshopHistory history) {
		history.workshopEvents().forEach(this::apply);
		history.registrationEvents().forEach(this::apply);
		history.notificationEvents().forEach(this::apply);
	}

	private void apply(DomainEvent event) {
		switch (event) {
			case WorkshopEvent workshopEvent ->
				this.projection.apply(workshopEvent, EventLog.positionOf(workshopEvent));
			case RegistrationEvent registrationEvent ->
				this.projection.apply(registrationEvent, EventLog.positionOf(registrationEvent));
			case NotificationEvent notificationEvent ->
				this.projection.apply(notificationEvent, EventLog.positionOf(notificationEvent));
			default -> throw new IllegalArgumentException("Not an event of ours: " + event);
		}
	}

}
