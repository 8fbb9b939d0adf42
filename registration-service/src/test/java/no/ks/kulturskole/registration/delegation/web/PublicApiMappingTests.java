package no.ks.kulturskole.registration.delegation.web;

import java.util.List;

import no.ks.kulturskole.api.registration.RegistrationRequest;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.registration.delegation.application.RegistrationCommand;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * registration-api's request records are read through {@link PublicApiMapping}: the
 * contract's format bound is the model's rule, and the command gets what was meant.
 */
class PublicApiMappingTests {

	@Test
	void theContractsBoundOnADelegationIsTheModelsLimit() {
		assertThat(RegistrationRequest.MAX_DELEGATES).isEqualTo(WorkshopRegistrations.MAX_DELEGATES);
	}

	@Test
	void theCommandHasTheValuesStrippedABlankPhoneLeftOutAndBokmalByDefault() {
		RegistrationRequest request = new RegistrationRequest("4601",
				new RegistrationRequest.Coordinator(" Kari ", " kari@example.no ", "  "),
				List.of(new RegistrationRequest.Delegate(" Ola ", "ola@example.no ", " Rektor ", RoleCategory.SCHOOL,
						null)),
				null, null);

		RegistrationCommand command = PublicApiMapping.command(request);

		assertThat(command.coordinator().name()).isEqualTo("Kari");
		assertThat(command.coordinator().email()).isEqualTo("kari@example.no");
		assertThat(command.coordinator().phone()).isNull();
		assertThat(command.participants()).singleElement().satisfies(delegate -> {
			assertThat(delegate.name()).isEqualTo("Ola");
			assertThat(delegate.roleTitle()).isEqualTo("Rektor");
			assertThat(delegate.roleCategory()).isEqualTo(RoleCategory.SCHOOL);
		});
		assertThat(command.language()).isEqualTo("nb");
	}

}
