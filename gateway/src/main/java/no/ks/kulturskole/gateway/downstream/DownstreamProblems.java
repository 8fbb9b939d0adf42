package no.ks.kulturskole.gateway.downstream;

import no.ks.kulturskole.web.Problem;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * The problem document of a service's refusal ({@code 4xx}) through a typed client, for
 * the page that shows it next to the fields: the staff forms' {@code Outcome} and the
 * public pages' {@code Answer} read it the same way.
 */
public final class DownstreamProblems {

	private DownstreamProblems() {
	}

	/**
	 * @return the service's problem, or {@link Problem#none()} when the refusal came
	 * without one (the status says enough then)
	 */
	public static Problem of(HttpClientErrorException refusal) {
		try {
			Problem problem = refusal.getResponseBodyAs(Problem.class);
			return (problem != null) ? problem : Problem.none();
		}
		catch (RestClientException | IllegalStateException unreadable) {
			return Problem.none();
		}
	}

}
