package no.ks.kulturskole.infra.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The viewer's HTML, in bokmål. Plain semantic markup (a table with a caption and column
 * headers, headings, a definition list) so that it reads well with a screen reader, and
 * no script: a caught mail's HTML is shown in a sandboxed frame that cannot run anything.
 */
final class MailViewerPages {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm:ss")
		.withZone(OSLO);

	private static final String STYLE = """
			body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5}
			main{max-width:70rem;margin:0 auto;padding:1rem 1.5rem}
			table{border-collapse:collapse;width:100%}
			caption{text-align:left;font-weight:600;padding:.5rem 0}
			th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ccc;vertical-align:top}
			a{color:#0b4f8a}a:focus{outline:3px solid #f0a500;outline-offset:2px}
			pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem;border:1px solid #ccc}
			dt{font-weight:600}dd{margin:0 0 .5rem 0}
			iframe{width:100%;min-height:30rem;border:1px solid #ccc}
			""";

	private MailViewerPages() {
	}

	static String index(List<CaughtMail> newestFirst, int smtpPort) {
		StringBuilder body = new StringBuilder();
		body.append("<h1>E-post fanget lokalt</h1>\n");
		body.append("<p>All e-post den lokale plattformen sender, havner her (SMTP på 127.0.0.1:")
			.append(smtpPort)
			.append("). Ingenting sendes videre. E-posten ligger bare i minnet og er borte når plattformen stoppes.</p>\n");
		body.append("<p><a href=\"/\">Oppdater listen</a> · <a href=\"/api/messages\">Samme liste som JSON</a></p>\n");
		if (newestFirst.isEmpty()) {
			body.append("<p>Ingen e-post ennå.</p>\n");
		}
		else {
			body.append("<table>\n<caption>")
				.append(newestFirst.size())
				.append(newestFirst.size() == 1 ? " e-post" : " e-poster")
				.append(", nyeste først</caption>\n");
			body.append("<thead><tr><th scope=\"col\">Mottatt</th><th scope=\"col\">Til</th>")
				.append("<th scope=\"col\">Emne</th></tr></thead>\n<tbody>\n");
			for (CaughtMail mail : newestFirst) {
				body.append("<tr><td>")
					.append(time(mail))
					.append("</td><td>")
					.append(escape(mail.deliveredTo()))
					.append("</td><td><a href=\"/messages/")
					.append(escape(mail.id()))
					.append("\">")
					.append(escape(subject(mail)))
					.append("</a></td></tr>\n");
			}
			body.append("</tbody>\n</table>\n");
		}
		return page("E-post fanget lokalt", body.toString());
	}

	static String message(CaughtMail mail) {
		StringBuilder body = new StringBuilder();
		body.append("<p><a href=\"/\">Tilbake til alle e-poster</a></p>\n");
		body.append("<h1>").append(escape(subject(mail))).append("</h1>\n<dl>\n");
		field(body, "Fra", mail.from());
		field(body, "Til", String.join(", ", mail.to()));
		field(body, "Levert til", mail.deliveredTo());
		body.append("<dt>Mottatt</dt><dd>").append(time(mail)).append("</dd>\n");
		field(body, "Vedlegg", mail.attachments().isEmpty() ? "Ingen" : String.join(", ", mail.attachments()));
		body.append("</dl>\n");
		body.append("<h2>Tekst</h2>\n");
		if (mail.text() != null) {
			body.append("<pre>").append(escape(mail.text())).append("</pre>\n");
		}
		else {
			body.append("<p>E-posten har ingen ren tekst-del.</p>\n");
		}
		if (mail.html() != null) {
			String htmlUrl = "/messages/" + escape(mail.id()) + "/html";
			body.append("<h2>HTML</h2>\n<p><a href=\"")
				.append(htmlUrl)
				.append("\">Åpne HTML-versjonen alene</a></p>\n<iframe sandbox title=\"HTML-versjonen av e-posten\" src=\"")
				.append(htmlUrl)
				.append("\"></iframe>\n");
		}
		return page(subject(mail) + " – e-post fanget lokalt", body.toString());
	}

	static String notFound() {
		return page("Fant ikke siden", "<h1>Fant ikke siden</h1>\n<p>E-posten finnes ikke (lenger). "
				+ "<a href=\"/\">Til alle e-poster</a></p>\n");
	}

	private static String page(String title, String body) {
		return "<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
				+ "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n" + body
				+ "</main>\n</body>\n</html>\n";
	}

	private static void field(StringBuilder body, String name, String value) {
		body.append("<dt>").append(name).append("</dt><dd>").append(escape(value)).append("</dd>\n");
	}

	private static String time(CaughtMail mail) {
		return "<time datetime=\"" + mail.receivedAt() + "\">" + SHOWN.format(mail.receivedAt()) + "</time>";
	}

	private static String subject(CaughtMail mail) {
		return (mail.subject() == null || mail.subject().isBlank()) ? "(uten emne)" : mail.subject();
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
