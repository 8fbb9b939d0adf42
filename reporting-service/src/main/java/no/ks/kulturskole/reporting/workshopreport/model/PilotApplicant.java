package no.ks.kulturskole.reporting.workshopreport.model;

/**
 * An application with what the applicant has done in the workshops.
 *
 * @param workshopsAttended workshops where the municipality has a confirmed delegation
 * @param reflectionsSubmitted workshops for which it submitted its reflection answers
 */
public record PilotApplicant(PilotApplicationReport application, int workshopsAttended, int reflectionsSubmitted) {
}
