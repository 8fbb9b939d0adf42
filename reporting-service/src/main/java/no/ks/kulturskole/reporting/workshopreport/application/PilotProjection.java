package no.ks.kulturskole.reporting.workshopreport.application;

import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityProfile;
import no.ks.kulturskole.reporting.workshopreport.model.PilotApplicationReport;
import no.ks.kulturskole.reporting.workshopreport.model.PilotDecision;

/**
 * Pilot applications from their events. All events of one application share its key, so a
 * decision is never read before the application it decides.
 */
public class PilotProjection {

	private final PilotApplicationStore store;

	private final MunicipalityDirectory municipalities;

	public PilotProjection(PilotApplicationStore store, MunicipalityDirectory municipalities) {
		this.store = store;
		this.municipalities = municipalities;
	}

	public boolean apply(PilotEvent event, SourcePosition position) {
		Delivery at = new Delivery(event.eventId().toString(), position);
		return switch (event) {
			case PilotApplicationSubmitted submitted -> this.store.recordApplication(at, applicationOf(submitted));
			case PilotMunicipalitySelected selected ->
				this.store.recordDecision(at, selected.applicationId(), PilotDecision.SELECTED, selected.occurredAt());
			case PilotApplicationDeclined declined ->
				this.store.recordDecision(at, declined.applicationId(), PilotDecision.DECLINED, declined.occurredAt());
		};
	}

	private PilotApplicationReport applicationOf(PilotApplicationSubmitted submitted) {
		Organisation organisation = submitted.organisation();
		MunicipalityProfile profile = this.municipalities.profileOf(organisation);
		return new PilotApplicationReport(submitted.applicationId(), profile.number(), profile.name(),
				profile.countyName(), profile.ksRegion(), profile.kulturskoleradBranch(), submitted.inGuidanceScheme(),
				submitted.occurredAt(), PilotDecision.PENDING, null);
	}

}
