package no.ks.kulturskole.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	/**
	 * Right after the correlation id and the request log and before security, so a flood
	 * costs neither a password check nor a call to a service.
	 */
	@Bean
	FilterRegistrationBean<PublicWriteRateLimitFilter> publicWriteRateLimitFilter(RateLimitProperties properties,
			JsonMapper jsonMapper, MeterRegistry meters) {
		FilterRegistrationBean<PublicWriteRateLimitFilter> registration = new FilterRegistrationBean<>(
				new PublicWriteRateLimitFilter(properties, jsonMapper, meters));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

}
