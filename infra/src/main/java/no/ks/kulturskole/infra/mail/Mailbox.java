package no.ks.kulturskole.infra.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) that accepts mail for any address and keeps it.
 * GreenMail keeps mail in memory only: caught mail is gone after a restart. That is
 * acceptable for a local platform, because the notification service's e-mail log (in
 * MongoDB) is the durable record of what was sent; Kafka and MongoDB data do persist.
 */
public final class Mailbox implements AutoCloseable {

	/**
	 * Jakarta Mail 2.1 looks its stream provider up with a new {@code ServiceLoader} for
	 * every body part and encoded header (jakartaee/mail-api#699, #861), and GreenMail
	 * parses every mail it takes: in a registration rush that lookup, a search of the
	 * launcher's whole class path each time, was a third of the SMTP server's CPU. Named
	 * here, as notification-service's {@code SmtpMailTransport} names it, the lookup is a
	 * loaded class.
	 */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	/** Angus Mail's, the implementation GreenMail brings. */
	static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

	static {
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
		}
	}

	private static final long SMTP_START_TIMEOUT_MILLIS = 10_000;

	private static final int MAX_COPY_ATTEMPTS = 100;

	private final GreenMail greenMail;

	/**
	 * The SMTP server that takes mail now: GreenMail's own until {@link #stopSmtp()},
	 * then the one {@link #startSmtp()} made (a stopped server is a finished thread and
	 * cannot be started again). Every one of them stores into GreenMail's mailboxes.
	 */
	private SmtpServer smtp;

	private Mailbox(GreenMail greenMail) {
		this.greenMail = greenMail;
		this.smtp = greenMail.getSmtp();
	}

	public static Mailbox start(String host, int smtpPort) {
		GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		return new Mailbox(greenMail);
	}

	/** The GreenMail instance, for tests that want its own API. */
	public GreenMail greenMail() {
		return this.greenMail;
	}

	public int smtpPort() {
		return this.greenMail.getSmtp().getPort();
	}

	/**
	 * Takes the SMTP server away, as an outage of the organisation's mail relay would:
	 * open conversations are cut, new connections refused. Caught mail stays.
	 */
	public synchronized void stopSmtp() {
		if (this.smtp.isRunning()) {
			this.smtp.stopService();
		}
	}

	/** Brings the SMTP server back on the same port, with the mail caught before. */
	public synchronized void startSmtp() {
		if (this.smtp.isRunning()) {
			return;
		}
		SmtpServer again = new SmtpServer(this.smtp.getServerSetup(), this.greenMail.getManagers());
		again.startService();
		try {
			if (!again.waitTillRunning(SMTP_START_TIMEOUT_MILLIS)) {
				again.stopService();
				throw new IllegalStateException("The SMTP server did not start again on port " + again.getPort());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting the SMTP server", ex);
		}
		this.smtp = again;
	}

	public synchronized boolean smtpRunning() {
		return this.smtp.isRunning();
	}

	/** Every caught mail, oldest first, one per receiving mailbox. */
	public List<CaughtMail> messages() {
		List<CaughtMail> messages = new ArrayList<>();
		for (GreenMailUser user : users()) {
			for (StoredMessage stored : inbox(user)) {
				messages.add(read(user.getEmail(), stored));
			}
		}
		messages.sort(Comparator.comparing(CaughtMail::receivedAt).thenComparing(CaughtMail::id));
		return messages;
	}

	private List<GreenMailUser> users() {
		return copied(() -> this.greenMail.getUserManager().listUser());
	}

	/**
	 * A copy of one of GreenMail's lists: it adds to them (a mailbox per new recipient, a
	 * message per delivery) without locking while mail arrives, so a copy that meets such
	 * an addition is made again.
	 */
	private static <T> List<T> copied(Supplier<Collection<T>> list) {
		for (int attempt = 1;; attempt++) {
			try {
				return List.copyOf(list.get());
			}
			catch (ConcurrentModificationException ex) {
				if (attempt == MAX_COPY_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	public Optional<CaughtMail> message(String id) {
		return messages().stream().filter((mail) -> mail.id().equals(id)).findFirst();
	}

	/** Empties every mailbox. */
	public void clear() {
		try {
			this.greenMail.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException("Could not empty the mailboxes", ex);
		}
	}

	@Override
	public synchronized void close() {
		if (this.smtp != this.greenMail.getSmtp()) {
			this.smtp.stopService();
		}
		this.greenMail.stop();
	}

	private List<StoredMessage> inbox(GreenMailUser user) {
		try {
			MailFolder inbox = this.greenMail.getManagers().getImapHostManager().getInbox(user);
			return copied(inbox::getMessages);
		}
		catch (FolderException ex) {
			throw new IllegalStateException("Could not read a mailbox", ex);
		}
	}

	private static CaughtMail read(String mailbox, StoredMessage stored) {
		MimeMessage message = stored.getMimeMessage();
		try {
			MimeContent content = MimeContent.of(message);
			Instant receivedAt = (stored.getReceivedDate() != null) ? stored.getReceivedDate().toInstant()
					: Instant.EPOCH;
			return new CaughtMail(id(mailbox, stored.getUid()), mailbox, addresses(message), from(message),
					message.getSubject(), receivedAt, content.text(), content.html(), content.attachments(),
					message.getMessageID());
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Could not read a caught mail", ex);
		}
	}

	private static List<String> addresses(MimeMessage message) throws MessagingException {
		Address[] to = message.getRecipients(RecipientType.TO);
		if (to == null) {
			return List.of();
		}
		return Arrays.stream(to)
			.map((address) -> (address instanceof InternetAddress internet) ? internet.getAddress()
					: address.toString())
			.toList();
	}

	private static String from(MimeMessage message) throws MessagingException {
		Address[] from = message.getFrom();
		if (from == null || from.length == 0) {
			return null;
		}
		return (from[0] instanceof InternetAddress internet) ? internet.toUnicodeString() : from[0].toString();
	}

	/** UIDs are unique per mailbox only, so the id combines both. */
	private static String id(String mailbox, long uid) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((mailbox + "\n" + uid).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
