package no.ks.kulturskole.gateway.downstream;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Base URLs of the services behind the gateway ({@code platform.gateway.services.*}).
 */
@Validated
@ConfigurationProperties("platform.gateway.services")
public record DownstreamServices(@NotNull URI workshop, @NotNull URI registration, @NotNull URI notification,
		@NotNull URI reporting) {

	/**
	 * The name a service answers to, and the audience of the tokens made for it:
	 * {@code workshop} → {@code workshop-service}.
	 */
	public static String serviceName(String shortName) {
		return shortName + "-service";
	}

	/** Every service by its short name, in a stable order (for health and API docs). */
	public Map<String, URI> byName() {
		Map<String, URI> services = new LinkedHashMap<>();
		services.put("workshop", this.workshop);
		services.put("registration", this.registration);
		services.put("notification", this.notification);
		services.put("reporting", this.reporting);
		return services;
	}

}
