package no.ks.kulturskole.reporting.workshopreport.model;

/**
 * One delegate. The name is personal data: shown to staff, never logged. The e-mail
 * address is deliberately not kept here; staff find it in the registration itself.
 *
 * @param roleCategory as the event gave it, kept as text so that a category added to the
 * contract later needs no change here
 */
public record ParticipantReport(String delegationId, String participantId, String name, String roleTitle,
		String roleCategory, String municipalityNumber) {
}
