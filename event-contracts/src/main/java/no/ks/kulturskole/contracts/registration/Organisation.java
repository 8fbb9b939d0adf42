package no.ks.kulturskole.contracts.registration;

/**
 * The municipality (or county authority) a delegation comes from, by official 2024
 * number.
 */
public record Organisation(String number, String name, String countyNumber, String countyName) {
}
