package no.ks.kulturskole.reporting.workshopreport;

import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.Coverage;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoWorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.AreaCoverage;
import no.ks.kulturskole.reporting.workshopreport.model.CoverageReport;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;
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

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoWorkshopReportStore store = new MongoWorkshopReportStore(
				new MongoTemplate(client, "reporting-coverage-" + UUID.randomUUID()));
		projection = new WorkshopReportProjection(store, new MunicipalityDirectory(REGISTER));
		coverage = new Coverage(store, REGISTER);
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
