package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.LocalDate;

/**
 * Delegations registered on one day (Norwegian time) and in all up to and including it,
 * counting those later cancelled too: the curve shows when municipalities signed up. A
 * day of the registration period nobody registered on is there with 0.
 */
public record DailyRegistrations(LocalDate day, int delegations, int cumulativeDelegations) {
}
