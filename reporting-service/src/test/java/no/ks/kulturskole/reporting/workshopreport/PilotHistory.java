package no.ks.kulturskole.reporting.workshopreport;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.reporting.workshopreport.model.PilotApplicationReport;
import no.ks.kulturskole.reporting.workshopreport.model.PilotDecision;

/**
 * Three applications to the pilot as registration-service publishes them: Bergen
 * selected, Oslo declined, Tromsø still waiting. Fresh application ids every time;
 * instants are whole seconds because MongoDB keeps milliseconds.
 */
final class PilotHistory {

	static final Instant SUBMITTED = Instant.parse("2027-01-11T09:00:00Z");

	static final Instant DECIDED = Instant.parse("2027-02-01T13:00:00Z");

	final PilotApplicationSubmitted bergen = application(new Organisation("4601", "Bergen", "46", "Vestland"), 0, true);

	final PilotApplicationSubmitted oslo = application(new Organisation("0301", "Oslo", "03", "Oslo"), 1, false);

	final PilotApplicationSubmitted tromso = application(
			new Organisation("5501", "Tromsø", "55", "Troms - Romsa - Tromssa"), 2, true);

	final PilotMunicipalitySelected bergenSelected = new PilotMunicipalitySelected(UUID.randomUUID(),
			this.bergen.applicationId(), DECIDED, 1, "4601");

	final PilotApplicationDeclined osloDeclined = new PilotApplicationDeclined(UUID.randomUUID(),
			this.oslo.applicationId(), DECIDED.plusSeconds(60), 1, "0301", "Ikke i veiledningsordningen");

	/** In the order registration-service publishes them. */
	List<PilotEvent> events() {
		return List.of(this.bergen, this.oslo, this.tromso, this.bergenSelected, this.osloDeclined);
	}

	/** The read model the events must give, by municipality number. */
	List<PilotApplicationReport> expectedApplications() {
		return List.of(
				new PilotApplicationReport(this.oslo.applicationId(), "0301", "Oslo", "Oslo", null, "Oslo og Viken",
						false, this.oslo.occurredAt(), PilotDecision.DECLINED, DECIDED.plusSeconds(60)),
				new PilotApplicationReport(this.bergen.applicationId(), "4601", "Bergen", "Vestland", "KS Vest-Norge",
						"Vestland", true, this.bergen.occurredAt(), PilotDecision.SELECTED, DECIDED),
				new PilotApplicationReport(this.tromso.applicationId(), "5501", "Tromsø", "Troms - Romsa - Tromssa",
						"KS Nord-Norge", "Finnmark, Troms og Svalbard", true, this.tromso.occurredAt(),
						PilotDecision.PENDING, null));
	}

	static List<PilotApplicationReport> byMunicipality(List<PilotApplicationReport> applications) {
		return applications.stream().sorted(Comparator.comparing(PilotApplicationReport::municipalityNumber)).toList();
	}

	private static PilotApplicationSubmitted application(Organisation organisation, int hoursLater,
			boolean inGuidanceScheme) {
		return new PilotApplicationSubmitted(UUID.randomUUID(), "a-" + UUID.randomUUID(),
				SUBMITTED.plusSeconds(3600L * hoursLater), 1, organisation,
				new Contact("Koordinator", "koordinator@kommune.example", null), "Vi vil være med", inGuidanceScheme);
	}

}
