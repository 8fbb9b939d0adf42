package no.ks.kulturskole.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links in the pages are written as they are: no filter looks each one up on the class
 * path (see {@code spring.web.resources.chain.enabled} in application.yml), while Swagger
 * UI, which brings the resource chain's webjar locator, still loads
 * ({@link ApiDocumentationTests}).
 */
class PageLinksTests extends PagesTestBase {

	@Autowired
	ApplicationContext context;

	@Test
	void noFilterResolvesEveryLinkOfAPageAgainstTheClassPath() {
		assertThat(this.context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
		assertThat(this.context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch((registration) -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
	}

}
