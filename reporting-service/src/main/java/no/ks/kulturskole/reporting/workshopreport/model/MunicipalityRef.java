package no.ks.kulturskole.reporting.workshopreport.model;

/** A municipality (or county authority) that registered for the workshop. */
public record MunicipalityRef(String number, String name) {
}
