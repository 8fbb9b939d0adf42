package no.ks.kulturskole.gateway.downstream;

import java.util.Optional;
import java.util.function.Supplier;

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

	/**
	 * The {@code Authorization} header for calls made later, outside the current request
	 * (a stream the gateway keeps following): each call gets a fresh short-lived token,
	 * for whoever the current request comes from.
	 * @param service the service's name, e.g. {@code reporting-service}
	 */
	default Supplier<Optional<String>> authorizationLaterFor(String service) {
		Optional<String> now = authorizationFor(service);
		return () -> now;
	}

}
