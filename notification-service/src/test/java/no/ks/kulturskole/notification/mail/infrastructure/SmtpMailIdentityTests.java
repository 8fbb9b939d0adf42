package no.ks.kulturskole.notification.mail.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.observation.ObservationRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.notification.mail.model.TemplateRef;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An e-mail sent again after a crash (the SMTP server had it, the log did not say so yet)
 * is the same message to the receiving side: same Message-ID, same Date. Another e-mail,
 * or a resend by staff (a new key), is a message of its own.
 */
class SmtpMailIdentityTests {

	private static final Instant STORED_AT = Instant.parse("2027-01-04T08:15:30Z");

	private final GreenMail smtp = TestInfrastructure.smtp();

	private final SmtpMailTransport transport = new SmtpMailTransport(sender(),
			new MailSettings("verksted@kulturskole.example", "KS og Norsk kulturskoleråd", Duration.ofSeconds(5),
					Duration.ofMinutes(2), Duration.ofSeconds(5), Duration.ofMinutes(10), 50),
			ObservationRegistry.NOOP);

	@Test
	void twoAttemptsOfOneMailCarryTheSameMessageIdAndDate() throws MessagingException {
		String recipient = "kari-" + UUID.randomUUID() + "@bodo.kommune.example";
		OutgoingMail mail = mail(recipient, "v1").composedAt(STORED_AT);

		this.transport.send(mail);
		this.transport.send(mail);

		List<MimeMessage> caught = messagesTo(recipient);
		assertThat(caught).hasSize(2);
		assertThat(caught).extracting(MimeMessage::getMessageID).containsOnly(caught.get(0).getMessageID());
		assertThat(caught.get(0).getMessageID()).doesNotContain(recipient).endsWith("@kulturskole.mail>");
		assertThat(caught).extracting(MimeMessage::getSentDate).containsOnly(Date.from(STORED_AT));
	}

	@Test
	void anotherMailOrAResendIsAMessageOfItsOwn() throws MessagingException {
		String recipient = "ola-" + UUID.randomUUID() + "@tromso.kommune.example";

		this.transport.send(mail(recipient, "v1").composedAt(STORED_AT));
		this.transport.send(mail(recipient, "v1-resend-1a2b3c4d").composedAt(STORED_AT));

		List<MimeMessage> caught = messagesTo(recipient);
		assertThat(caught).hasSize(2);
		assertThat(caught.get(0).getMessageID()).isNotEqualTo(caught.get(1).getMessageID());
	}

	private List<MimeMessage> messagesTo(String recipient) {
		return Arrays.stream(this.smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(recipient);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static OutgoingMail mail(String recipient, String version) {
		MailKey key = new MailKey(MailKind.DELEGATION_CONFIRMATION, recipient, "w-1", "s-1", "d-1", version);
		return new OutgoingMail(key, new RenderedMail("Påmelding mottatt: Verksted", "Hei", "<p>Hei</p>",
				new TemplateRef("delegation-confirmation", "nb", "1a2b3c4d")), null);
	}

	private JavaMailSenderImpl sender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(this.smtp.getSmtp().getPort());
		return sender;
	}

}
