package no.ks.kulturskole.registration.delegation.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.registration.delegation.model.DelegateEntry;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.NewParticipant;
import no.ks.kulturskole.registration.delegation.model.Participant;
import no.ks.kulturskole.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The hour's budget of addresses per client, and which addresses count. */
class MailBudgetTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2027-01-11T08:00:00Z"));

	private final MailBudget budget = new MailBudget(10, this.clock);

	@Test
	void aClientMayMailItsBudgetInAnHourAndAgainTheNextHour() {
		this.budget.check("192.0.2.1", 6, "participants");
		this.budget.spend("192.0.2.1", 6);
		this.budget.check("192.0.2.1", 4, "participants");
		this.budget.spend("192.0.2.1", 4);

		assertThatExceptionOfType(TooManyAttempts.class)
			.isThrownBy(() -> this.budget.check("192.0.2.1", 1, "participants"))
			.satisfies((refused) -> {
				assertThat(refused.field()).isEqualTo("participants");
				assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(1));
			});
		assertThatNoException().isThrownBy(() -> this.budget.check("192.0.2.2", 10, "participants"));

		this.clock.advance(Duration.ofHours(1));
		assertThatNoException().isThrownBy(() -> this.budget.check("192.0.2.1", 10, "participants"));
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() {
		this.budget.spend("2001:db8:1:2::1", 10);

		assertThatExceptionOfType(TooManyAttempts.class)
			.isThrownBy(() -> this.budget.check("2001:db8:1:2::ffff", 1, "participants"));
		assertThatNoException().isThrownBy(() -> this.budget.check("2001:db8:1:3::1", 1, "participants"));
	}

	@Test
	void aRegistrationCountsEachAddressOnceWhateverItsCase() {
		RegistrationCommand command = new RegistrationCommand("4601",
				new Contact("Kari", "Kari@Bergen.example.no", null),
				List.of(person("kari@bergen.example.no "), person("ola@bergen.example.no")), "nb");

		assertThat(MailBudget.addressesOf(command)).isEqualTo(2);
	}

	@Test
	void aChangeOfDelegatesCountsOnlyTheAddressesTheDelegationHasNotMailedYet() {
		Delegation delegation = new Delegation("d-1", new Organisation("4601", "Bergen", "46", "Vestland"),
				new Contact("Kari", "kari@bergen.example.no", null),
				List.of(new Participant("p-1", "Ola", "ola@bergen.example.no", "Rektor", RoleCategory.SCHOOL)), "s-1",
				SeatStatus.CONFIRMED, this.clock.instant(), "nb", "hash", null, null, List.of(), 1);

		int added = MailBudget.newAddresses(delegation,
				List.of(new DelegateEntry("p-1", person("OLA@bergen.example.no")),
						new DelegateEntry(null, person("kari@bergen.example.no")),
						new DelegateEntry(null, person("siri@bergen.example.no"))));

		assertThat(added).isEqualTo(1);
	}

	private static NewParticipant person(String email) {
		return new NewParticipant("Navn", email, "Rolle", RoleCategory.KULTURSKOLE);
	}

}
