package no.ks.kulturskole.reporting.workshopreport.model;

/**
 * An application with what the applicant has done in the workshops.
 *
 * @param workshopsAttended workshops where the municipality has a confirmed delegation
 * @param reflectionsSubmitted workshops for which it submitted its reflection answers
 * @param workshopsPresent workshops where staff recorded someone of its delegation
 * present in a session
 */
public record PilotApplicant(PilotApplicationReport application, int workshopsAttended, int reflectionsSubmitted,
		int workshopsPresent) {
}
