package no.ks.kulturskole.gateway.downstream;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Base URLs of the services behind the gateway ({@code platform.gateway.services.*}): one
 * per instance, comma-separated ({@code http://a:8082,http://b:8082}), or one URL for a
 * service behind its own load balancer (a Kubernetes Service).
 */
@Validated
@ConfigurationProperties("platform.gateway.services")
public record DownstreamServices(@NotEmpty List<URI> workshop, @NotEmpty List<URI> registration,
		@NotEmpty List<URI> notification, @NotEmpty List<URI> reporting) {

	/**
	 * The name a service answers to, and the audience of the tokens made for it:
	 * {@code workshop} → {@code workshop-service}.
	 */
	public static String serviceName(String shortName) {
		return shortName + "-service";
	}

	/**
	 * Every service's instances by its short name, in a stable order (for health and API
	 * docs).
	 */
	public Map<String, List<URI>> byName() {
		Map<String, List<URI>> services = new LinkedHashMap<>();
		services.put("workshop", this.workshop);
		services.put("registration", this.registration);
		services.put("notification", this.notification);
		services.put("reporting", this.reporting);
		return services;
	}

}
