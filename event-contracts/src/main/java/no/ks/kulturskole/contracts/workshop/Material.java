package no.ks.kulturskole.contracts.workshop;

/** Preparation material: a title and a link (or a reference to an uploaded file). */
public record Material(String title, String url) {
}
