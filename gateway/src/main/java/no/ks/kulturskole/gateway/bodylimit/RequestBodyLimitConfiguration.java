package no.ks.kulturskole.gateway.bodylimit;

import no.ks.kulturskole.web.RequestBodyLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class RequestBodyLimitConfiguration {

	/**
	 * After the rate limit (a refused flood is not even read) and before security, the
	 * proxy and the form handling, which read bodies.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
			@Value("${platform.gateway.max-request-body:256KB}") DataSize maxRequestBody) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(maxRequestBody.toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

}
