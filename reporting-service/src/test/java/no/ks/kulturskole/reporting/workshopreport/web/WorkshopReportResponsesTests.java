package no.ks.kulturskole.reporting.workshopreport.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.reporting.workshopreport.model.AttendanceRecord;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationMails;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.FormAnswers;
import no.ks.kulturskole.reporting.workshopreport.model.FormQuestion;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.SentMessage;
import no.ks.kulturskole.reporting.workshopreport.model.SessionReport;
import no.ks.kulturskole.reporting.workshopreport.model.Totals;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report answer moved to reporting-api (issue 18) without changing its JSON: every
 * component of a report with all of them filled is written as the model wrote it.
 */
class WorkshopReportResponsesTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theSharedRecordWritesTheModelsJson() {
		Instant registered = Instant.parse("2027-02-01T09:00:00Z");
		DelegationReport confirmed = new DelegationReport("d-1", "1804", "Bodø", "18", "Nordland", "Nord", "Nordland",
				"s-1", DelegationStatus.CONFIRMED, 2, registered, true);
		DelegationReport cancelled = new DelegationReport("d-2", "0301", "Oslo", "03", "Oslo", null, "Oslo", "s-1",
				DelegationStatus.CANCELLED, 1, registered.plusSeconds(86_400), false);
		WorkshopReport report = WorkshopReport
			.of("w-1", "Verksted", "Fremtidens kulturskole", WorkshopStatus.SCHEDULED,
					Instant.parse("2027-01-31T09:00:00Z"), Instant.parse("2027-02-03T22:00:00Z"),
					List.of(new SessionReport("s-1", Instant.parse("2027-03-01T09:00:00Z"),
							Instant.parse("2027-03-01T11:00:00Z"), 40, 2, 0, 38, 1, 0)),
					List.of(confirmed, cancelled),
					List.of(new ParticipantReport("d-1", "p-1", "Kari", "Rektor", "KULTURSKOLE", "1804"),
							new ParticipantReport("d-1", "p-2", "Ola", "Ordfører", "POLITICIAN", "1804")),
					List.of(new MunicipalityRef("1804", "Bodø")), new Totals(1, 2, 1, 2, 0, 3, 1, 1),
					List.of(new DelegationMails("d-1", 3, 1)),
					List.of(new SentMessage("m-1", "Ny lenke", registered, null, List.of("CONFIRMED"),
							List.of("DELEGATES"), 2)),
					List.of(new AttendanceRecord("s-1", "d-1", List.of("p-1"), 4)),
					List.of(new FormQuestion("q-1", "DELEGATION", "CHOICE", "Kost?", true, Map.of("veg", "Vegetar"))),
					List.of(new FormAnswers("d-1", 2,
							List.of(new FormAnswers.FormAnswer("q-1", null, List.of("veg"))))))
			.asOf(LocalDate.of(2027, 2, 2));

		JsonNode model = this.json.readTree(this.json.writeValueAsString(report));
		JsonNode shared = this.json.readTree(this.json.writeValueAsString(WorkshopReportResponses.of(report)));

		assertThat(shared).isEqualTo(model);
		assertThat(shared.get("attendanceSummary").get("perMunicipality")).hasSize(1);
		assertThat(shared.get("perSession").get(0).get("roleCategoryMix").size()).isEqualTo(2);
		assertThat(shared.get("registrationsPerDay")).hasSize(3);
	}

}
