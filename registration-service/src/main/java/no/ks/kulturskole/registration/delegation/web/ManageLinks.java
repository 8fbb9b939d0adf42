package no.ks.kulturskole.registration.delegation.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the coordinator's self-service link points. Behind a gateway with a known public
 * address ({@code platform.public-url}, from {@code GATEWAY_URL}), it is the page people
 * open, the same one the confirmation e-mail links to; without one, the API resource,
 * relative, so that whatever is in front decides the host.
 */
@Component
class ManageLinks {

	private final String publicUrl;

	ManageLinks(@Value("${platform.public-url:}") String publicUrl) {
		this.publicUrl = (publicUrl != null && !publicUrl.isBlank()) ? publicUrl.strip().replaceAll("/+$", "") : null;
	}

	String urlFor(String delegationId, String secret) {
		if (this.publicUrl != null) {
			return this.publicUrl + "/delegasjon/" + delegationId + "?nokkel=" + secret;
		}
		return "/api/public/registrations/" + delegationId + "?token=" + secret;
	}

}
