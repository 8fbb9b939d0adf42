package no.ks.kulturskole.notification.mail.infrastructure;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import no.ks.kulturskole.notification.mail.application.MailTransport;
import no.ks.kulturskole.notification.mail.application.MailTransportException;
import no.ks.kulturskole.notification.mail.model.CalendarInvite;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through Boot's {@link JavaMailSender}, configured by {@code spring.mail.*}.
 * Wrapped by {@link ResilientMailTransport}; see {@link MailConfiguration}.
 */
class SmtpMailTransport implements MailTransport {

	/** Lets support staff find a message in the e-mail log from a copy of it. */
	static final String NOTIFICATION_ID_HEADER = "X-Kulturskole-Notification-Id";

	static final String CALENDAR_FILE_NAME = "invitasjon.ics";

	static final String CANCELLATION_FILE_NAME = "avlysning.ics";

	/**
	 * Jakarta Mail 2.1 looks its stream provider up with a new {@code ServiceLoader} for
	 * every body part, multipart and encoded header (jakartaee/mail-api#699, #861): a
	 * scan of the class path, inside Boot's nested jars, for each. In a registration rush
	 * that was most of this service's CPU. Named here, the lookup is a loaded class.
	 */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	/** Angus Mail's, the implementation on the class path (at run time only). */
	static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

	static {
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
		}
	}

	private final JavaMailSender sender;

	private final MailSettings settings;

	private final ObservationRegistry observations;

	SmtpMailTransport(JavaMailSender sender, MailSettings settings, ObservationRegistry observations) {
		this.sender = sender;
		this.settings = settings;
		this.observations = observations;
	}

	@Override
	public void send(OutgoingMail mail) {
		MimeMessage message;
		try {
			message = compose(mail);
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			// a malformed address does not get better by waiting
			throw new MailTransportException("E-mail could not be composed: " + ex.getClass().getSimpleName(), ex,
					true);
		}
		try {
			// a span in the trace of the event that caused the e-mail (and a timer); the
			// kind of e-mail only: no address, no subject
			Observation.createNotStarted("notification.mail.send", this.observations)
				.contextualName("smtp send")
				.lowCardinalityKeyValue("mail.kind", mail.key().kind().name())
				.observe(() -> this.sender.send(message));
		}
		catch (MailException ex) {
			throw new MailTransportException(reasonOf(ex), ex, isRejectedAddress(ex));
		}
	}

	private MimeMessage compose(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
		RenderedMail content = mail.content();
		MimeMessage message = this.sender.createMimeMessage();
		// multipart: a plain-text alternative for clients (and people) that do not read
		// HTML
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(
				new InternetAddress(this.settings.from(), this.settings.fromName(), StandardCharsets.UTF_8.name()));
		helper.setTo(mail.recipient());
		helper.setSubject(content.subject());
		if (mail.calendars().isEmpty()) {
			helper.setText(content.text(), content.html());
		}
		else {
			meetingRequest(helper, content, mail.calendars().get(0));
		}
		for (CalendarInvite calendar : mail.calendars()) {
			// also as a file, for clients that do not read meeting requests; the method
			// parameter is what makes clients offer "accept"/"remove from calendar"
			helper.addAttachment("CANCEL".equals(calendar.method()) ? CANCELLATION_FILE_NAME : CALENDAR_FILE_NAME,
					new ByteArrayDataSource(calendar.content().getBytes(StandardCharsets.UTF_8), type(calendar)));
		}
		message.setHeader(NOTIFICATION_ID_HEADER, mail.id());
		stableIdentity(message, mail);
		return message;
	}

	/**
	 * The same {@code Message-ID} and {@code Date} on every attempt of one e-mail. SMTP
	 * cannot be exactly once: a crash after the server accepted an e-mail and before the
	 * log says so sends it again. The copy is then the same message as far as the
	 * receiving side can tell, and Exchange (whose store drops a delivery with a
	 * Message-ID and submit time it already delivered to that mailbox) and Gmail deliver
	 * it once. A resend by staff is a new e-mail with an id of its own. Spring's sender
	 * keeps a Message-ID that was set.
	 */
	static void stableIdentity(MimeMessage message, OutgoingMail mail) throws MessagingException {
		message.setHeader("Message-ID", messageIdOf(mail.id()));
		if (mail.composedAt() != null) {
			message.setSentDate(Date.from(mail.composedAt()));
		}
	}

	/** {@code <hash of the mail's key>@kulturskole.mail}: no address or name in it. */
	static String messageIdOf(String mailId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(mailId.getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@kulturskole.mail>";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An iMIP meeting request (RFC 6047) as Outlook and other calendar clients read it:
	 * the calendar as a third alternative beside the text and the HTML, so that the
	 * client adds, moves or removes the entry in the person's calendar by itself. One
	 * method per message: the first calendar of the mail.
	 */
	private static void meetingRequest(MimeMessageHelper helper, RenderedMail content, CalendarInvite calendar)
			throws MessagingException {
		MimeMultipart alternatives = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(content.text(), StandardCharsets.UTF_8.name());
		alternatives.addBodyPart(text);
		MimeBodyPart html = new MimeBodyPart();
		html.setText(content.html(), StandardCharsets.UTF_8.name(), "html");
		alternatives.addBodyPart(html);
		MimeBodyPart request = new MimeBodyPart();
		request.setDataHandler(new DataHandler(
				new ByteArrayDataSource(calendar.content().getBytes(StandardCharsets.UTF_8), type(calendar))));
		alternatives.addBodyPart(request);
		MimeBodyPart body = new MimeBodyPart();
		body.setContent(alternatives);
		helper.getMimeMultipart().addBodyPart(body);
	}

	private static String type(CalendarInvite calendar) {
		return "text/calendar; charset=UTF-8; method=" + calendar.method();
	}

	/**
	 * The server refused the recipient (a 5xx reply to RCPT TO): sending again will be
	 * refused again, so it is a permanent failure for staff to look at.
	 */
	static boolean isRejectedAddress(MailException ex) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return true;
			}
			if (cause instanceof MailSendException send) {
				for (Exception failure : send.getFailedMessages().values()) {
					if (failure instanceof SendFailedException failed && failed.getInvalidAddresses() != null
							&& failed.getInvalidAddresses().length > 0) {
						return true;
					}
				}
			}
			cause = cause.getCause();
		}
		return false;
	}

	/** SMTP replies quote addresses; keep only what says what kind of failure it was. */
	private static String reasonOf(MailException ex) {
		if (ex instanceof MailAuthenticationException) {
			return "SMTP authentication failed";
		}
		if (ex instanceof MailSendException send) {
			Throwable root = send.getMostSpecificCause();
			return "SMTP send failed: " + root.getClass().getSimpleName();
		}
		return "SMTP failed: " + ex.getClass().getSimpleName();
	}

}
