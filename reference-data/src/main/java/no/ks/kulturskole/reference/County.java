package no.ks.kulturskole.reference;

/**
 * A county (fylke) of 2024 with its KS region ({@code null} for Oslo) and
 * Kulturskolerådet branch.
 */
public record County(String number, String name, String ksRegion, String kulturskoleradBranch) {
}
