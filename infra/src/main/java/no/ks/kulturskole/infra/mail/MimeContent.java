package no.ks.kulturskole.infra.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * The readable parts of a MIME message: the first text/plain and text/html bodies, and
 * the names of attached files.
 */
final class MimeContent {

	private String text;

	private String html;

	private final List<String> attachments = new ArrayList<>();

	private MimeContent() {
	}

	static MimeContent of(Part message) throws MessagingException, IOException {
		MimeContent content = new MimeContent();
		content.walk(message);
		return content;
	}

	private void walk(Part part) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				walk(multipart.getBodyPart(i));
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
			this.attachments.add((part.getFileName() != null) ? part.getFileName() : "(uten navn)");
		}
		else if (part.isMimeType("text/plain") && this.text == null) {
			this.text = String.valueOf(part.getContent());
		}
		else if (part.isMimeType("text/html") && this.html == null) {
			this.html = String.valueOf(part.getContent());
		}
	}

	String text() {
		return this.text;
	}

	String html() {
		return this.html;
	}

	List<String> attachments() {
		return this.attachments;
	}

}
