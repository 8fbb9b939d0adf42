package no.ks.kulturskole.gateway.routing;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

import no.ks.kulturskole.gateway.problem.GatewayProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The answer when the service behind a route cannot be reached or does not answer in
 * time: a problem document instead of a stack trace or a bare 500.
 */
final class ServiceUnavailable {

	private static final Logger log = LoggerFactory.getLogger(ServiceUnavailable.class);

	private ServiceUnavailable() {
	}

	static ServerResponse answer(String routeId, Throwable failure) {
		boolean timedOut = isTimeout(failure);
		Throwable reason = (failure.getCause() != null) ? failure.getCause() : failure;
		// the path may hold a manage-link token: log the route, never the path
		log.warn("Route {} got no answer from its service ({})", routeId, reason.getClass().getSimpleName());
		HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
		String detail = timedOut ? "Tjenesten som skal svare på forespørselen, brukte for lang tid. Prøv igjen om litt."
				: "Tjenesten som skal svare på forespørselen, er ikke tilgjengelig akkurat nå. Prøv igjen om litt.";
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(GatewayProblem.of(status, "Tjenesten svarer ikke", detail));
	}

	/**
	 * The answer when the service's answer broke off before its end (the service died
	 * while sending it): 502, never the service's status without its body. A write may
	 * have been stored, so the caller is told to look for its confirmation first.
	 */
	static ServerResponse cutOff(String routeId, Throwable failure) {
		log.warn("Route {} got an answer that broke off ({})", routeId, failure.getClass().getSimpleName());
		return ServerResponse.status(HttpStatus.BAD_GATEWAY)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(GatewayProblem.of(HttpStatus.BAD_GATEWAY, "Svaret ble brutt",
					"Svaret fra tjenesten ble brutt underveis. Det du sendte, kan likevel være lagret: se etter en "
							+ "bekreftelse på e-post før du prøver igjen."));
	}

	private static boolean isTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
