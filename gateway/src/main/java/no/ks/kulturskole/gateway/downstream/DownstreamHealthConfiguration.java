package no.ks.kulturskole.gateway.downstream;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

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
		// one indicator per service; a service with several instances is UP while one
		// is, with each instance's health in its details
		return CompositeHealthContributor.fromMap(services.byName(), (instances) -> {
			List<DownstreamHealthIndicator> indicators = instances.stream()
				.map((instance) -> new DownstreamHealthIndicator(instance, httpClient, timeout, jsonMapper))
				.toList();
			return (indicators.size() == 1) ? indicators.getFirst() : new InstancesHealthIndicator(indicators);
		});
	}

}
