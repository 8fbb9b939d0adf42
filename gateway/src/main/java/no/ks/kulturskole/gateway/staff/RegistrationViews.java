package no.ks.kulturskole.gateway.staff;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * registration-service's staff answer the staff pages still read as a copy: retention,
 * which belongs to its privacy package (left as it is while that package is someone
 * else's work). The other staff answers are registration-api's records.
 */
final class RegistrationViews {

	private RegistrationViews() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Retention(Instant personalDataErasedAt) {
	}

}
