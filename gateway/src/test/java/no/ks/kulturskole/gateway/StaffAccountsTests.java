package no.ks.kulturskole.gateway;

import java.util.List;

import no.ks.kulturskole.gateway.security.StaffAccounts;
import no.ks.kulturskole.gateway.security.StaffAccounts.Account;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StaffAccountsTests {

	private static final String HASH = "$2a$10$W5Mv5SZi3igSxEecfrFpmefH9yYZ8ayqswWyiy5.98vGeP8J20pr2";

	@Test
	void aPlainPasswordIsRefusedWithoutRepeatingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StaffAccounts(List.of(new Account("stab", "kulturskole", List.of("STAFF")))))
			.withMessage("platform.security.users[0].password-hash must be a BCrypt hash");
	}

	@Test
	void twoAccountsWithTheSameUsernameAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StaffAccounts(
					List.of(new Account("stab", HASH, List.of("STAFF")), new Account("stab", HASH, List.of()))))
			.withMessageContaining("users[1].username");
	}

	@Test
	void anAccountWithoutRolesHasNone() {
		StaffAccounts accounts = new StaffAccounts(List.of(new Account("stab", HASH, null)));

		assertThat(accounts.users()).singleElement().satisfies((account) -> assertThat(account.roles()).isEmpty());
	}

}
