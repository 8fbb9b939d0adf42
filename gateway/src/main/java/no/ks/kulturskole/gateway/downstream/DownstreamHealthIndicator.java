package no.ks.kulturskole.gateway.downstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Asks one service for its {@code /actuator/health}. A service that does not answer
 * within the timeout counts as DOWN: from the gateway's side it is away.
 */
class DownstreamHealthIndicator implements HealthIndicator {

	private final URI healthUri;

	private final HttpClient httpClient;

	private final Duration timeout;

	private final JsonMapper jsonMapper;

	DownstreamHealthIndicator(URI baseUri, HttpClient httpClient, Duration timeout, JsonMapper jsonMapper) {
		this.healthUri = baseUri.resolve("/actuator/health");
		this.httpClient = httpClient;
		this.timeout = timeout;
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Health health() {
		HttpRequest request = HttpRequest.newBuilder(this.healthUri).timeout(this.timeout).GET().build();
		try {
			HttpResponse<String> response = this.httpClient.send(request, HttpResponse.BodyHandlers.ofString());
			return Health.status(reportedStatus(response))
				.withDetail("url", this.healthUri.toString())
				.withDetail("httpStatus", response.statusCode())
				.build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return unreachable(ex);
		}
		catch (IOException ex) {
			return unreachable(ex);
		}
	}

	/**
	 * The status the service reports about itself; without a readable one, a 2xx answer
	 * counts as UP and anything else as DOWN.
	 */
	private Status reportedStatus(HttpResponse<String> response) {
		boolean success = response.statusCode() >= 200 && response.statusCode() < 300;
		try {
			String status = this.jsonMapper.readTree(response.body()).path("status").asString("");
			if (!status.isBlank()) {
				return new Status(status);
			}
		}
		catch (JacksonException ex) {
			// not a health document (e.g. an HTML error page): judge by the HTTP status
		}
		return success ? Status.UP : Status.DOWN;
	}

	private Health unreachable(Exception ex) {
		return Health.down()
			.withDetail("url", this.healthUri.toString())
			.withDetail("error", ex.getClass().getSimpleName())
			.build();
	}

}
