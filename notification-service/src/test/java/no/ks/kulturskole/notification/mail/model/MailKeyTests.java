package no.ks.kulturskole.notification.mail.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MailKeyTests {

	@Test
	void theKeyNamesKindSessionDelegationAndRevisionButNotTheAddress() {
		MailKey key = new MailKey(MailKind.DELEGATION_CONFIRMATION, "kari.nordmann@bodo.kommune.no", "w-1", "s-1",
				"d-1", 1);

		assertThat(key.value()).startsWith("DELEGATION_CONFIRMATION:w-1/s-1:d-1:")
			.endsWith(":v1")
			.doesNotContain("kari")
			.doesNotContain("bodo");
		assertThat(key.toString()).isEqualTo(key.value());
	}

	@Test
	void addressesThatDifferOnlyInCaseAndBlanksGiveTheSameKey() {
		MailKey lower = new MailKey(MailKind.DELEGATION_CONFIRMATION, "kari@bodo.kommune.no", "w-1", "s-1", "d-1", 1);
		MailKey mixed = new MailKey(MailKind.DELEGATION_CONFIRMATION, " Kari@Bodo.Kommune.NO ", "w-1", "s-1", "d-1", 1);

		assertThat(mixed.value()).isEqualTo(lower.value());
	}

	@Test
	void anotherRecipientOrRevisionIsAnotherMail() {
		MailKey first = new MailKey(MailKind.DELEGATION_CONFIRMATION, "kari@bodo.kommune.no", "w-1", "s-1", "d-1", 1);

		assertThat(new MailKey(MailKind.DELEGATION_CONFIRMATION, "ola@bodo.kommune.no", "w-1", "s-1", "d-1", 1).value())
			.isNotEqualTo(first.value());
		assertThat(
				new MailKey(MailKind.DELEGATION_CONFIRMATION, "kari@bodo.kommune.no", "w-1", "s-1", "d-1", 2).value())
			.isNotEqualTo(first.value());
	}

	@Test
	void aKeyWithoutRecipientIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MailKey(MailKind.DELEGATION_CONFIRMATION, " ", "w-1", "s-1", "d-1", 1));
	}

}
