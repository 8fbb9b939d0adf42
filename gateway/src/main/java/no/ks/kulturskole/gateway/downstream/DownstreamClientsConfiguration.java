package no.ks.kulturskole.gateway.downstream;

import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class DownstreamClientsConfiguration {

	/**
	 * A person waits for the page: a shorter read timeout than the proxy's, so a slow
	 * service gives a readable error page rather than a spinning browser.
	 */
	@Bean
	DownstreamInstances downstreamInstances(DownstreamServices services) {
		return new DownstreamInstances(services);
	}

	@Bean
	DownstreamClients downstreamClients(DownstreamInstances services, CallerCredentials credentials,
			@Value("${spring.http.clients.connect-timeout:2s}") Duration connectTimeout,
			@Value("${platform.gateway.pages.read-timeout:10s}") Duration readTimeout,
			ObjectProvider<RestClient.Builder> builders, ObjectProvider<ObservationRegistry> observations) {
		// Boot's builder (with its observation and converter customizers); a plain one
		// with the registry where Boot's REST client support is not configured
		RestClient.Builder builder = builders.getIfAvailable(() -> RestClient.builder()
			.observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP)));
		return new DownstreamClients(services, credentials, connectTimeout, readTimeout, builder);
	}

}
