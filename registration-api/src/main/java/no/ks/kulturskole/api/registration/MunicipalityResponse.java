package no.ks.kulturskole.api.registration;

/**
 * A municipality (or county authority) that may register, for the registration form's
 * list.
 */
public record MunicipalityResponse(String number, String name, String countyNumber, String countyName) {
}
