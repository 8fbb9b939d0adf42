package no.ks.kulturskole.reporting.workshopreport.model;

/**
 * E-mails notification-service reported for one delegation: sent, and failed for good.
 * Kept apart from the delegation because the mail events come on their own topic and may
 * be read before the delegation's registration.
 */
public record DelegationMails(String delegationId, int sent, int failed) {
}
