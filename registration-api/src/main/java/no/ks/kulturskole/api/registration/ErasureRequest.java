package no.ks.kulturskole.api.registration;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An erasure of personal data on request (GDPR art. 17, issue 14): by a person's e-mail
 * address (every delegation and pilot application it appears in) or by one delegation;
 * exactly one of the two, or registration-service refuses it naming the field. The one
 * not given is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErasureRequest(String delegationId, String email) {

	public static ErasureRequest byEmail(String email) {
		return new ErasureRequest(null, email);
	}

	public static ErasureRequest byDelegation(String delegationId) {
		return new ErasureRequest(delegationId, null);
	}

}
