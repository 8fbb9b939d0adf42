package no.ks.kulturskole.gateway.language;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: bokmål unless the visitor picks nynorsk or English with the switch
 * in the header ({@code ?sprak=nn}), remembered in a cookie. The browser's
 * Accept-Language is not followed: the audience is Norwegian municipalities, and a
 * browser set to English should not hide that bokmål is the main language.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	static final List<Locale> SUPPORTED = List.of(BOKMAL, Locale.forLanguageTag("nn"), Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("sprak") {

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				// anything else than the three languages falls back to bokmål
				super.setLocale(request, response, supported(locale));
			}

		};
		resolver.setDefaultLocaleFunction((request) -> BOKMAL);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	static Locale supported(Locale locale) {
		if (locale == null) {
			return BOKMAL;
		}
		return SUPPORTED.stream()
			.filter((candidate) -> candidate.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(BOKMAL);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("sprak");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
