package no.ks.kulturskole.registration.municipality.infrastructure;

import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.registration.municipality.application.MunicipalityDirectory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The official municipality list (SSB KLASS under NLOD, see SOURCES.md in
 * reference-data), loaded once at start-up.
 */
@Configuration(proxyBeanMethods = false)
class MunicipalityConfiguration {

	@Bean
	MunicipalityRegister municipalityRegister() {
		return MunicipalityRegister.load();
	}

	@Bean
	MunicipalityDirectory municipalityDirectory(MunicipalityRegister register) {
		return new MunicipalityDirectory(register);
	}

}
