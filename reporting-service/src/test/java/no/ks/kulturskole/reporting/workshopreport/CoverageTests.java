package no.ks.kulturskole.reporting.workshopreport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.Coverage;
import no.ks.kulturskole.contracts.workshop.WorkshopCompleted;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.PilotProjection;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoPilotApplicationStore;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoWorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.AreaCoverage;
import no.ks.kulturskole.reporting.workshopreport.model.CoverageReport;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityCoverage;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityStatus;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Coverage worked out from the workshop reports and the reference data's 357
 * municipalities.
 */
class CoverageTests {

	private static final MunicipalityRegister REGISTER = MunicipalityRegister.load();

	private static MongoClient client;

	private static WorkshopReportProjection projection;

	private static Coverage coverage;

	private static PilotProjection pilots;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoTemplate mongo = new MongoTemplate(client, "reporting-coverage-" + UUID.randomUUID());
		MongoWorkshopReportStore store = new MongoWorkshopReportStore(mongo);
		MongoPilotApplicationStore pilotStore = new MongoPilotApplicationStore(mongo);
		projection = new WorkshopReportProjection(store, new MunicipalityDirectory(REGISTER));
		pilots = new PilotProjection(pilotStore, new MunicipalityDirectory(REGISTER));
		coverage = new Coverage(store, REGISTER, pilotStore);
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void afterBergenAndTromsoRegisterKsVestNorgeAndKsNordNorgeShowOneMunicipalityEachAndListTheRestAsMissing() {
		String workshopId = UUID.randomUUID().toString();
		apply(registered(workshopId, new Organisation("4601", "Bergen", "46", "Vestland")));
		apply(registered(workshopId, new Organisation("5501", "Tromsø", "55", "Troms")));

		CoverageReport report = coverage.of("ks-region", workshopId);

		assertThat(report.registered()).isEqualTo(2);
		assertThat(report.municipalities()).isEqualTo(357);
		assertThat(area(report, "KS Vest-Norge")).satisfies(vest -> {
			assertThat(vest.registered()).isEqualTo(1);
			assertThat(vest.registeredMunicipalities()).extracting(MunicipalityRef::number).containsExactly("4601");
			assertThat(vest.missing()).hasSize(vest.municipalities() - 1)
				.extracting(MunicipalityRef::number)
				.doesNotContain("4601")
				.contains("4602");
		});
		assertThat(area(report, "KS Nord-Norge")).satisfies(nord -> {
			assertThat(nord.registered()).isEqualTo(1);
			assertThat(nord.registeredMunicipalities()).extracting(MunicipalityRef::number).containsExactly("5501");
			assertThat(nord.missing()).hasSize(nord.municipalities() - 1);
		});
		assertThat(report.areas())
			.filteredOn(area -> !area.area().startsWith("KS Vest") && !area.area().startsWith("KS Nord"))
			.allSatisfy(area -> assertThat(area.registered()).isZero());
	}

	@Test
	void everyMunicipalityIsInExactlyOneAreaOfEachDimension() {
		for (String dimension : List.of("county", "ks-region", "branch")) {
			CoverageReport report = coverage.of(dimension, null);

			assertThat(report.areas()).extracting(AreaCoverage::area).doesNotContainNull();
			assertThat(report.areas().stream().mapToInt(AreaCoverage::municipalities).sum()).isEqualTo(357);
		}
	}

	@Test
	void aCancelledDelegationNoLongerCoversItsMunicipality() {
		String workshopId = UUID.randomUUID().toString();
		DelegationRegistered bergen = registered(workshopId, new Organisation("4601", "Bergen", "46", "Vestland"));
		apply(bergen);
		apply(new DelegationCancelled(UUID.randomUUID(), bergen.delegationId(), workshopId, bergen.occurredAt(), 1,
				bergen.sessionId(), SeatStatus.CONFIRMED, 2, null));

		assertThat(area(coverage.of("county", workshopId), "Vestland").registered()).isZero();
	}

	/**
	 * The map's colours (issue 17): a seat, the waiting list, an application to the pilot
	 * without a delegation (a declined one counts for nothing), and a seat in a workshop
	 * that has been completed.
	 */
	@Test
	void everyMunicipalityHasTheStatusItsDelegationsAndPilotApplicationGiveIt() {
		String workshopId = UUID.randomUUID().toString();
		apply(registered(workshopId, new Organisation("4601", "Bergen", "46", "Vestland")));
		DelegationRegistered tromso = registered(workshopId, new Organisation("5501", "Tromsø", "55", "Troms"));
		apply(new DelegationRegistered(tromso.eventId(), tromso.delegationId(), workshopId, tromso.occurredAt(), 1,
				"s-1", SeatStatus.WAITLISTED, tromso.organisation(), tromso.coordinator(), 3, "Verksted",
				WorkshopHistory.START, WorkshopHistory.START.plusSeconds(3600), "nb"));
		PilotApplicationSubmitted oslo = pilotApplication("0301", "Oslo", "03", "Oslo");
		PilotApplicationSubmitted bodo = pilotApplication("1804", "Bodø", "18", "Nordland");
		pilots.apply(oslo, EventLog.positionOf(oslo));
		pilots.apply(bodo, EventLog.positionOf(bodo));
		PilotApplicationDeclined declined = new PilotApplicationDeclined(UUID.randomUUID(), bodo.applicationId(),
				Instant.now(), 1, "1804", "Ikke nå");
		pilots.apply(declined, EventLog.positionOf(declined));

		CoverageReport report = coverage.of("ks-region", workshopId);

		assertThat(report.byMunicipality()).hasSize(357);
		assertThat(municipality(report, "4601")).satisfies(bergen -> {
			assertThat(bergen.status()).isEqualTo(MunicipalityStatus.CONFIRMED);
			assertThat(bergen.participants()).isEqualTo(2);
			assertThat(bergen.area()).isEqualTo("KS Vest-Norge");
			assertThat(bergen.countyNumber()).isEqualTo("46");
		});
		assertThat(municipality(report, "5501").status()).isEqualTo(MunicipalityStatus.WAITLISTED);
		assertThat(municipality(report, "5501").participants()).isEqualTo(3);
		assertThat(municipality(report, "0301")).satisfies(applicant -> {
			assertThat(applicant.status()).isEqualTo(MunicipalityStatus.PILOT_APPLICANT);
			assertThat(applicant.pilotApplicant()).isTrue();
		});
		assertThat(municipality(report, "1804").status()).isEqualTo(MunicipalityStatus.NOT_REGISTERED);
		assertThat(municipality(report, "1804").pilotApplicant()).isFalse();
		assertThat(report.byMunicipality()
			.stream()
			.filter(m -> m.status() == MunicipalityStatus.CONFIRMED || m.status() == MunicipalityStatus.WAITLISTED)
			.count()).isEqualTo(report.registered());

		WorkshopCompleted completed = new WorkshopCompleted(UUID.randomUUID(), workshopId,
				WorkshopHistory.START.plusSeconds(7200), 1);
		projection.apply(completed, EventLog.positionOf(completed));

		CoverageReport after = coverage.of("county", workshopId);
		assertThat(municipality(after, "4601").status()).isEqualTo(MunicipalityStatus.ATTENDED);
		assertThat(municipality(after, "4601").area()).isEqualTo("Vestland");
		assertThat(municipality(after, "5501").status()).isEqualTo(MunicipalityStatus.WAITLISTED);
	}

	private static PilotApplicationSubmitted pilotApplication(String number, String name, String county,
			String countyName) {
		return new PilotApplicationSubmitted(UUID.randomUUID(), "a-" + UUID.randomUUID(), WorkshopHistory.START, 1,
				new Organisation(number, name, county, countyName),
				new Contact("Koordinator", "koordinator@kommune.example", null), "Vi vil være med", true);
	}

	private static MunicipalityCoverage municipality(CoverageReport report, String number) {
		return report.byMunicipality().stream().filter(m -> m.number().equals(number)).findFirst().orElseThrow();
	}

	@Test
	void anUnknownDimensionIsRefusedInNorwegian() {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> coverage.of("kommune", null))
			.withMessageContaining("fylke");
	}

	@Test
	void coverageOfAnUnknownWorkshopIsNotFound() {
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> coverage.of("county", "ukjent"));
	}

	static DelegationRegistered registered(String workshopId, Organisation organisation) {
		return new DelegationRegistered(UUID.randomUUID(), "d-" + UUID.randomUUID(), workshopId,
				WorkshopHistory.START.minusSeconds(86400 * 10), 1, "s-1", SeatStatus.CONFIRMED, organisation,
				new Contact("Koordinator", "koordinator@kommune.example", null), 2, "Verksted", WorkshopHistory.START,
				WorkshopHistory.START.plusSeconds(3600), "nb");
	}

	private static AreaCoverage area(CoverageReport report, String name) {
		return report.areas().stream().filter(area -> area.area().equals(name)).findFirst().orElseThrow();
	}

	private static void apply(RegistrationEvent event) {
		projection.apply(event, EventLog.positionOf(event));
	}

}
