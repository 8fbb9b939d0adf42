package no.ks.kulturskole.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Other web frontends allowed to call the APIs from the browser
 * ({@code platform.gateway.cors.allowed-origins}, e.g.
 * {@code https://kulturskoleradet.no}). Empty (the default): no cross-origin calls.
 *
 * @param allowedOrigins exact origins, scheme and host (and port)
 */
@ConfigurationProperties("platform.gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

	public CorsProperties {
		allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of();
	}

}
