package no.ks.kulturskole.gateway.routing;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.FormFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's {@link FormFilter} turns a form post's parameters back into a body for
 * the proxy, but leaves the request without parameters for anything else: the gateway's
 * own form pages would get empty forms (spring-cloud-gateway#3244). So the global one is
 * switched off ({@code spring.cloud.gateway.server.webmvc.form-filter.enabled=false}) and
 * this one applies to the proxied paths only.
 */
@Configuration(proxyBeanMethods = false)
class ProxiedFormsConfiguration {

	@Bean
	FilterRegistrationBean<FormFilter> proxiedFormFilter() {
		FormFilter filter = new FormFilter();
		FilterRegistrationBean<FormFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/*", "/docs/*");
		registration.setOrder(filter.getOrder());
		return registration;
	}

}
