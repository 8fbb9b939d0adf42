package no.ks.kulturskole.gateway.staff;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.MultipartFilter;

/**
 * File uploads on the staff pages (the video meeting's participant report, issue 16). The
 * gateway's own multipart resolver leaves bodies alone for the proxy and the servlet had
 * no multipart configuration, so a staff page could not read an upload; and the form's
 * CSRF token is inside the multipart body, where the security filters cannot see it
 * unless the body is parsed before them. So the servlet gets a multipart configuration (a
 * file and a request as large as the gateway takes any body: 256 KB), and the multipart
 * bodies of {@code /stab/} pages alone are parsed just before the security filters. The
 * token stays out of the URL (the other way Spring Security offers), where it would reach
 * history and logs; proxied API bodies are untouched.
 */
@Configuration(proxyBeanMethods = false)
class StaffUploadsConfiguration {

	static final long MAX_BYTES = 256 * 1024;

	@Bean
	MultipartConfigElement multipartConfigElement() {
		return new MultipartConfigElement(null, MAX_BYTES, MAX_BYTES, 0);
	}

	@Bean
	FilterRegistrationBean<MultipartFilter> staffUploadsBeforeSecurity() {
		FilterRegistrationBean<MultipartFilter> registration = new FilterRegistrationBean<>(new MultipartFilter());
		registration.addUrlPatterns("/stab/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
