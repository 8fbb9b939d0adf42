package no.ks.kulturskole.registration.delegation.model;

/**
 * One line of the delegation as the coordinator wants it after a change.
 *
 * @param participantId the delegate this line keeps (or replaces, when the person
 * differs); {@code null} for a new delegate
 */
public record DelegateEntry(String participantId, NewParticipant person) {
}
