package no.ks.kulturskole.notification.mail.infrastructure;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP transport names Jakarta Mail's stream provider, so that composing an e-mail
 * does not search the class path for it once per body part.
 */
class MailStreamProviderTests {

	@Test
	void theTransportNamesAStreamProviderThatExistsAndIsTheOneJakartaMailUses() throws Exception {
		Class.forName(SmtpMailTransport.class.getName());

		assertThat(System.getProperty(SmtpMailTransport.STREAM_PROVIDER))
			.isEqualTo(SmtpMailTransport.ANGUS_STREAM_PROVIDER);
		assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(SmtpMailTransport.ANGUS_STREAM_PROVIDER);
	}

}
