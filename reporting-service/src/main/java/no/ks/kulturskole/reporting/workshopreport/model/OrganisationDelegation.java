package no.ks.kulturskole.reporting.workshopreport.model;

/**
 * One delegation as coverage sees it: whose, how far, how many, and whether its workshop
 * is over.
 */
public record OrganisationDelegation(String organisationNumber, DelegationStatus status, int participants,
		boolean workshopCompleted) {
}
