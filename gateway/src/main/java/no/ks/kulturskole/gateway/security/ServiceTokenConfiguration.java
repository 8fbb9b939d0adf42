package no.ks.kulturskole.gateway.security;

import java.time.Clock;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key the gateway signs the services' tokens with, and where its public half is
 * published ({@code /.well-known/jwks.json}, the standard JWK set; the services are given
 * the same key as PEM, {@code platform.security.tokens.public-key}).
 */
@Configuration(proxyBeanMethods = false)
class ServiceTokenConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ServiceTokenConfiguration.class);

	static final String JWKS_PATH = "/.well-known/jwks.json";

	/**
	 * Without a configured key only the local profile may start: there a key for this
	 * process's lifetime does, since nothing outside the laptop needs to trust it (the
	 * local platform writes a key pair for the gateway and the services all the same).
	 */
	@Bean
	RSAKey serviceTokenKey(ServiceTokenProperties properties, Environment environment) {
		if (properties.privateKey() != null) {
			return SigningKey.fromPem(properties.privateKey());
		}
		if (environment.acceptsProfiles(Profiles.of(LocalProfile.NAME))) {
			log.warn("No platform.gateway.tokens.private-key: signing the services' tokens with a key made for this "
					+ "run only (local profile). Services trust it only if given its public key.");
			return SigningKey.generated();
		}
		throw new IllegalStateException("platform.gateway.tokens.private-key is required outside the local profile: "
				+ "the services accept staff calls only with a token the gateway signs (mount it as a file, see "
				+ "docs/ARCHITECTURE.md, Security)");
	}

	@Bean
	ServiceTokens serviceTokens(RSAKey serviceTokenKey, ServiceTokenProperties properties, RoleHierarchy roles) {
		return new ServiceTokens(serviceTokenKey, properties, roles, Clock.systemUTC());
	}

	@RestController
	static class PublishedKeys {

		private final Map<String, Object> keys;

		PublishedKeys(RSAKey serviceTokenKey) {
			this.keys = new JWKSet(serviceTokenKey.toPublicJWK()).toJSONObject();
		}

		@GetMapping(path = JWKS_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
		Map<String, Object> keys() {
			return this.keys;
		}

	}

}
