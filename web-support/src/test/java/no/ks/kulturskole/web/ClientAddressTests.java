package no.ks.kulturskole.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whom a limit counts. */
class ClientAddressTests {

	@Test
	void anIpv4ClientIsItsAddress() {
		assertThat(ClientAddress.key(" 198.51.100.7 ")).isEqualTo("198.51.100.7");
	}

	@Test
	void everyAddressOfOneIpv6SlashSixtyFourIsOneClient() {
		String first = ClientAddress.key("2001:db8:85a3:12::1");
		assertThat(first).isEqualTo("2001:0db8:85a3:0012::/64");
		assertThat(ClientAddress.key("[2001:db8:85a3:12:ffff:1:2:3%eth0]")).isEqualTo(first);
		assertThat(ClientAddress.key("2001:db8:85a3:13::1")).isNotEqualTo(first);
	}

	@Test
	void noAddressIsOneUnknownClientAndANameIsNeverLookedUp() {
		assertThat(ClientAddress.key(null)).isEqualTo("unknown");
		assertThat(ClientAddress.key("  ")).isEqualTo("unknown");
		assertThat(ClientAddress.key("not:an:address:at:all")).isEqualTo("not:an:address:at:all");
	}

}
