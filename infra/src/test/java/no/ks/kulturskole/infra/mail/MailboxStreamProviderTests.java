package no.ks.kulturskole.infra.mail;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's SMTP server names Jakarta Mail's stream provider, so that parsing each
 * caught mail does not search the class path for it once per body part.
 */
class MailboxStreamProviderTests {

	@Test
	void theMailboxNamesAStreamProviderThatExistsAndIsTheOneJakartaMailUses() throws Exception {
		Class.forName(Mailbox.class.getName());

		assertThat(System.getProperty(Mailbox.STREAM_PROVIDER)).isEqualTo(Mailbox.ANGUS_STREAM_PROVIDER);
		assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(Mailbox.ANGUS_STREAM_PROVIDER);
	}

}
