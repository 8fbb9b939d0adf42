package no.ks.kulturskole.workshop.workshop.model;

/**
 * @param url a link, or the reference of an uploaded file
 */
public record PreparationMaterial(String title, String url) {
}
