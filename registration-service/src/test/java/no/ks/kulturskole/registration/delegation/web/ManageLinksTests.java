package no.ks.kulturskole.registration.delegation.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the link in the registration answer points. */
class ManageLinksTests {

	@Test
	void behindAKnownGatewayTheLinkIsThePagePeopleOpenAsInTheEmail() {
		ManageLinks links = new ManageLinks("https://kulturskole.example.no/");

		assertThat(links.urlFor("d-1", "abc")).isEqualTo("https://kulturskole.example.no/delegasjon/d-1?nokkel=abc");
	}

	@Test
	void withoutAPublicAddressTheLinkIsTheRelativeApiResource() {
		assertThat(new ManageLinks("").urlFor("d-1", "abc")).isEqualTo("/api/public/registrations/d-1?token=abc");
		assertThat(new ManageLinks(null).urlFor("d-1", "abc")).isEqualTo("/api/public/registrations/d-1?token=abc");
	}

}
