package no.ks.kulturskole.gateway.downstream;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the health contributor {@code downstream}, with one indicator per service, so
 * that {@code /actuator/health} shows which service behind the gateway is away. The
 * liveness and readiness groups do not include it.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamHealthConfiguration {

	@Bean
	CompositeHealthContributor downstream(DownstreamServices services, JsonMapper jsonMapper,
			@Value("${platform.gateway.health.timeout:1s}") Duration timeout) {
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		// one indicator per service; a service with several instances gets one per
		// instance under it ("1", "2", ...), so a killed instance shows
		return CompositeHealthContributor.fromMap(services.byName(), (instances) -> {
			if (instances.size() == 1) {
				return new DownstreamHealthIndicator(instances.getFirst(), httpClient, timeout, jsonMapper);
			}
			Map<String, URI> numbered = new LinkedHashMap<>();
			for (int i = 0; i < instances.size(); i++) {
				numbered.put(String.valueOf(i + 1), instances.get(i));
			}
			return CompositeHealthContributor.fromMap(numbered,
					(instance) -> new DownstreamHealthIndicator(instance, httpClient, timeout, jsonMapper));
		});
	}

}
