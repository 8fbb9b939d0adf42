package no.ks.kulturskole.contracts.registration;

/** Personal data: never logged. {@code phone} is optional. */
public record Contact(String name, String email, String phone) {
}
