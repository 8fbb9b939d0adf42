package no.ks.kulturskole.workshop.workshop.infrastructure;

import no.ks.kulturskole.reference.MunicipalityRegister;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The official municipality and county list (see SOURCES.md in reference-data), for the
 * organisations a workshop may be limited to; loaded once at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceDataConfiguration {

	@Bean
	MunicipalityRegister municipalityRegister() {
		return MunicipalityRegister.load();
	}

}
