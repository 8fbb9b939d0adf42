package no.ks.kulturskole.gateway.pages;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.ks.kulturskole.gateway.downstream.DownstreamClients;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * The participation confirmation ("Deltakerbevis", issue 16) through the pages: the
 * coordinator downloads each attendee's from the manage page, with the secret the session
 * holds; the attendee opens their own link ({@code /deltakerbevis/{token}}, from the
 * evaluation mail). The PDF is passed on as registration-service made it, never cached.
 */
@Controller
class CertificatePagesController {

	private static final List<String> LANGUAGES = List.of("nb", "nn", "en");

	private final CertificateDownloads downloads;

	private final MessageSource messages;

	CertificatePagesController(DownstreamClients clients, MessageSource messages) {
		this.downloads = new CertificateDownloads(clients);
		this.messages = messages;
	}

	/**
	 * Without a secret, or with one the service refuses, back to the manage page, which
	 * says why (as the data download does).
	 */
	@GetMapping("/delegasjon/{id}/deltakerbevis/{participantId}")
	ResponseEntity<byte[]> forCoordinator(@PathVariable String id, @PathVariable String participantId,
			HttpSession session) {
		String secret = ManageSecrets.of(session, id);
		CertificateDownloads.Download download = (secret != null)
				? this.downloads.forCoordinator(id, secret, participantId) : null;
		if (download == null || !download.ok()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create("/delegasjon/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8)))
				.build();
		}
		return pdf(download);
	}

	/**
	 * The attendee's own link, in the page's language (a language we have no confirmation
	 * in gets the delegation's). A link that gives none shows the not-found page.
	 * @return {@code null} when the PDF was written
	 */
	@GetMapping("/deltakerbevis/{token}")
	ModelAndView forAttendee(@PathVariable String token, HttpServletResponse response) throws IOException {
		String language = LocaleContextHolder.getLocale().getLanguage();
		CertificateDownloads.Download download = this.downloads.forAttendee(token,
				LANGUAGES.contains(language) ? language : null);
		if (!download.ok()) {
			ModelAndView notFound = new ModelAndView("not-found", HttpStatus.NOT_FOUND);
			notFound.addObject("message",
					this.messages.getMessage("certificate.notFound", null, LocaleContextHolder.getLocale()));
			notFound.addObject("messageInPageLanguage", true);
			return notFound;
		}
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (download.contentDisposition() != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, download.contentDisposition());
		}
		response.setContentLength(download.pdf().length);
		response.getOutputStream().write(download.pdf());
		return null;
	}

	private static ResponseEntity<byte[]> pdf(CertificateDownloads.Download download) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "no-store");
		if (download.contentDisposition() != null) {
			answer.header(HttpHeaders.CONTENT_DISPOSITION, download.contentDisposition());
		}
		return answer.body(download.pdf());
	}

}
