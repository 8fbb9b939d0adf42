package no.ks.kulturskole.workshop.workshop.model;

/**
 * How many people each municipality must (and may) send.
 *
 * @param max {@code null} when there is no upper limit
 */
public record DelegationSize(int min, Integer max) {
}
