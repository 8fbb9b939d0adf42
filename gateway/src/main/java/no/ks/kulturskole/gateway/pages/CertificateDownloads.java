package no.ks.kulturskole.gateway.pages;

import no.ks.kulturskole.gateway.downstream.DownstreamClients;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * registration-service's participation confirmations (issue 16), as the pages fetch them:
 * the coordinator's with the manage secret in the header (never in a URL), the attendee's
 * with the token of their link. Either a PDF or the refusal's status.
 */
class CertificateDownloads {

	/**
	 * A confirmation is a few kilobytes; a bound keeps a faulty answer from filling
	 * memory.
	 */
	private static final int MAX_BYTES = 5 * 1024 * 1024;

	private final DownstreamClients clients;

	CertificateDownloads(DownstreamClients clients) {
		this.clients = clients;
	}

	Download forCoordinator(String delegationId, String secret, String participantId) {
		return fetch(this.clients.registration()
			.get()
			.uri("/api/public/registrations/{id}/participants/{participantId}/certificate", delegationId, participantId)
			.header(ManageApi.TOKEN_HEADER, secret));
	}

	Download forAttendee(String token, String language) {
		return fetch(this.clients.registration()
			.get()
			.uri((language != null) ? "/api/public/certificates/{token}?lang={lang}"
					: "/api/public/certificates/{token}", token, language));
	}

	private static Download fetch(RestClient.RequestHeadersSpec<?> request) {
		return request.accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange((req, response) -> {
				int status = response.getStatusCode().value();
				if (response.getStatusCode().is2xxSuccessful()) {
					// read as it came: the clients' converters are for JSON
					try (var body = response.getBody()) {
						return new Download(status, body.readNBytes(MAX_BYTES),
								response.getHeaders().getFirst("Content-Disposition"));
					}
				}
				if (response.getStatusCode().is4xxClientError()) {
					return new Download(status, null, null);
				}
				throw new org.springframework.web.client.RestClientException("Registration answered " + status);
			});
	}

	/**
	 * @param pdf {@code null} when refused
	 */
	record Download(int status, byte[] pdf, String contentDisposition) {

		boolean ok() {
			return this.pdf != null;
		}

	}

}
