package no.ks.kulturskole.notification;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import no.ks.kulturskole.testsupport.TestInfrastructure;

/**
 * Reads what arrived at the JVM's GreenMail. It is shared by all tests, so tests look
 * only at their own fresh recipient.
 */
final class Mailbox {

	static List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(TestInfrastructure.smtp().getReceivedMessages())
			.filter((message) -> isAddressedTo(message, address))
			.toList();
	}

	static String text(MimeMessage message) {
		return part(message, "text/plain").orElseThrow(() -> new AssertionError("No text/plain part"));
	}

	static String html(MimeMessage message) {
		return part(message, "text/html").orElseThrow(() -> new AssertionError("No text/html part"));
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isAddressedTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getRecipients(Message.RecipientType.TO);
			return recipients != null && Arrays.stream(recipients).anyMatch((to) -> to.toString().equals(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<String> part(Part part, String mimeType) {
		try {
			if (part.isMimeType(mimeType)) {
				return Optional.of((String) part.getContent());
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					Optional<String> found = part(child, mimeType);
					if (found.isPresent()) {
						return found;
					}
				}
			}
			return Optional.empty();
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Mailbox() {
	}

}
