package no.ks.kulturskole.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the SMTP server received the first mail for each mailbox (envelope recipient). The
 * time is the server's own, so polling now and then loses no precision.
 */
interface MailArrivals {

	/** Mailbox address (lower case) to the time its first mail arrived. */
	Map<String, Instant> firstArrivals();

	/**
	 * Straight from the GreenMail of a platform started in this JVM: no parsing of
	 * bodies.
	 */
	static MailArrivals of(GreenMail greenMail) {
		return () -> {
			Map<String, Instant> first = new HashMap<>();
			ImapHostManager imap = greenMail.getManagers().getImapHostManager();
			for (GreenMailUser user : greenMail.getUserManager().listUser()) {
				try {
					for (StoredMessage stored : imap.getInbox(user).getMessages()) {
						if (stored.getReceivedDate() != null) {
							first.merge(user.getEmail().toLowerCase(java.util.Locale.ROOT),
									stored.getReceivedDate().toInstant(), (a, b) -> a.isBefore(b) ? a : b);
						}
					}
				}
				catch (FolderException ex) {
					throw new IllegalStateException("Could not read a mailbox", ex);
				}
			}
			return first;
		};
	}

	private static Instant instant(JsonNode value) {
		return value.isNumber() ? Instant.ofEpochMilli((long) (value.asDouble() * 1000))
				: Instant.parse(value.asString());
	}

	/** Through the local platform's mail viewer ({@code GET /api/messages}). */
	static MailArrivals ofMailViewer(String mailViewerUrl) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		JsonMapper json = JsonMapper.builder().build();
		return () -> {
			try {
				HttpResponse<String> answer = http
					.send(HttpRequest.newBuilder(URI.create(mailViewerUrl + "/api/messages"))
						.timeout(Duration.ofSeconds(60))
						.build(), HttpResponse.BodyHandlers.ofString());
				Map<String, Instant> first = new HashMap<>();
				for (JsonNode mail : json.readTree(answer.body())) {
					first.merge(mail.get("deliveredTo").asString().toLowerCase(java.util.Locale.ROOT),
							instant(mail.get("receivedAt")), (a, b) -> a.isBefore(b) ? a : b);
				}
				return first;
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		};
	}

}
