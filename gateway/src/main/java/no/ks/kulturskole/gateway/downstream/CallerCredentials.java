package no.ks.kulturskole.gateway.downstream;

import java.util.Optional;

/**
 * What the gateway sends a service to show who is calling: for a signed-in staff member a
 * short-lived token made for that service alone; for anyone else nothing, and the service
 * answers only its public paths.
 */
@FunctionalInterface
public interface CallerCredentials {

	/**
	 * The {@code Authorization} header value for a call to the service, on behalf of
	 * whoever the current request comes from.
	 * @param service the service's name, e.g. {@code workshop-service}
	 */
	Optional<String> authorizationFor(String service);

}
