package no.ks.kulturskole.registration.pilot.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.PersonalData;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * A municipality's application to the pilot project Kulturskole 3.0: one per
 * municipality, stored as one document ({@code pilot_applications}) whose update carries
 * its event in the outbox. Staff decide; a decision may be revised, and every change of
 * decision is an event.
 *
 * @param inGuidanceScheme whether the municipality takes part in Kulturskolerådet's
 * guidance scheme
 * @param version the condition of every update (optimistic locking)
 */
public record PilotApplication(String id, Organisation organisation, Contact contact, String motivation,
		boolean inGuidanceScheme, Instant submittedAt, PilotStatus status, String declineReason, Instant decidedAt,
		long version) {

	public static Submitted submit(Organisation organisation, Contact contact, String motivation,
			boolean inGuidanceScheme, Instant now) {
		PilotApplication application = new PilotApplication(UUID.randomUUID().toString(), organisation, contact,
				motivation, inGuidanceScheme, now, PilotStatus.SUBMITTED, null, null, 1);
		return new Submitted(application, new PilotApplicationSubmitted(UUID.randomUUID(), application.id(), now,
				PilotApplicationSubmitted.SCHEMA_VERSION, organisation, contact, motivation, inGuidanceScheme));
	}

	/**
	 * Selects or declines. Deciding what is already decided changes nothing.
	 * @return the application after, and its event; empty event when nothing changed
	 */
	public Decided decide(PilotStatus decision, String reason, Instant now) {
		if (decision == PilotStatus.SUBMITTED) {
			throw new RuleViolation("decision", "decision-unknown", "Velg SELECTED eller DECLINED.");
		}
		String declineReason = (decision == PilotStatus.DECLINED) ? reason : null;
		if (decision == this.status && java.util.Objects.equals(declineReason, this.declineReason)) {
			return new Decided(this, Optional.empty());
		}
		PilotApplication after = new PilotApplication(this.id, this.organisation, this.contact, this.motivation,
				this.inGuidanceScheme, this.submittedAt, decision, declineReason, now, this.version + 1);
		PilotEvent event = (decision == PilotStatus.SELECTED)
				? new PilotMunicipalitySelected(UUID.randomUUID(), this.id, now,
						PilotMunicipalitySelected.SCHEMA_VERSION, this.organisation.number())
				: new PilotApplicationDeclined(UUID.randomUUID(), this.id, now, PilotApplicationDeclined.SCHEMA_VERSION,
						this.organisation.number(), declineReason);
		return new Decided(after, Optional.of(event));
	}

	public record Submitted(PilotApplication application, PilotApplicationSubmitted event) {
	}

	public record Decided(PilotApplication after, Optional<PilotEvent> event) {
	}

	/**
	 * With the contact's personal data and the free-text motivation erased (issue 14).
	 */
	public PilotApplication erased() {
		return new PilotApplication(this.id, this.organisation, Contact.ERASED, PersonalData.ERASED,
				this.inGuidanceScheme, this.submittedAt, this.status, this.declineReason, this.decidedAt,
				this.version + 1);
	}

}
