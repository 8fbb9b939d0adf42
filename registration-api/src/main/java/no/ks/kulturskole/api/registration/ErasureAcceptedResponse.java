package no.ks.kulturskole.api.registration;

/**
 * The answer to an erasure on request, by staff or by a coordinator's link: the id under
 * which its status is read ({@code GET /api/privacy/erasures/{erasureId}}).
 *
 * @param erasureId the erasure's id
 */
public record ErasureAcceptedResponse(String erasureId) {
}
