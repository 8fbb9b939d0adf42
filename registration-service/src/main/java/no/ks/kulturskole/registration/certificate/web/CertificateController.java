package no.ks.kulturskole.registration.certificate.web;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.registration.certificate.application.Certificates;
import no.ks.kulturskole.registration.certificate.model.Certificate;
import no.ks.kulturskole.registration.delegation.application.ManageTokens;
import no.ks.kulturskole.support.problem.RuleViolation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The participation confirmation as a PDF (issue 16): for the coordinator with the manage
 * link's secret, for the attendee with their own link. Only for someone recorded present;
 * the PDF carries a name, so it is never cached on the way.
 */
@RestController
@Tag(name = "Deltakerbevis", description = "Bekreftelse på deltakelse, som PDF")
class CertificateController {

	private final Certificates certificates;

	CertificateController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/api/public/registrations/{delegationId}/participants/{participantId}/certificate")
	@Operation(summary = "Last ned en deltakers deltakerbevis",
			description = "For koordinatoren, med hemmeligheten fra lenken som de andre kallene: uten gir 401, feil gir "
					+ "404. Bare for deltakere som er registrert som til stede på minst én økt.")
	@ApiResponse(responseCode = "200", description = "Deltakerbeviset",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
	@ApiResponse(responseCode = "401", description = "Ingen hemmelighet",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404",
			description = "Påmeldingen eller deltakeren finnes ikke, eller hemmeligheten er feil",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Deltakeren var ikke til stede",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<byte[]> forCoordinator(@PathVariable String delegationId, @PathVariable String participantId,
			HttpServletRequest caller,
			@Parameter(description = "Hemmeligheten fra lenken") @RequestHeader(name = ManageTokens.HEADER,
					required = false) String headerToken,
			@Parameter(description = "Hemmeligheten fra lenken") @RequestParam(name = "token",
					required = false) String queryToken,
			@Parameter(description = "nb, nn eller en; uten: delegasjonens språk") @RequestParam(name = "lang",
					required = false) String language) {
		String secret = ManageTokens.fromRequest(headerToken, queryToken);
		if (secret == null) {
			// no secret at all: refused before any look-up, so it tells nothing either
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Lenken til påmeldingen mangler nøkkelen.");
		}
		return pdf(this.certificates.forCoordinator(delegationId, secret, caller.getRemoteAddr(), participantId,
				languageOf(language)));
	}

	@GetMapping("/api/public/certificates/{token}")
	@Operation(summary = "Last ned ditt deltakerbevis",
			description = "Med lenken deltakeren får (i evalueringsmailen). En ugyldig lenke, en deltaker som ikke var "
					+ "til stede og slettede opplysninger gir alle 404.")
	@ApiResponse(responseCode = "200", description = "Deltakerbeviset",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
	@ApiResponse(responseCode = "404", description = "Ikke noe deltakerbevis for denne lenken",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<byte[]> forAttendee(@PathVariable String token,
			@Parameter(description = "nb, nn eller en; uten: delegasjonens språk") @RequestParam(name = "lang",
					required = false) String language) {
		return pdf(this.certificates.forAttendee(token, languageOf(language)));
	}

	private static String languageOf(String asked) {
		if (asked == null || asked.isBlank()) {
			return null;
		}
		if (!Certificate.LANGUAGES.contains(asked.strip())) {
			throw new RuleViolation("lang", "language-unknown", "Språket må være nb, nn eller en.");
		}
		return asked.strip();
	}

	private static ResponseEntity<byte[]> pdf(Certificates.Pdf pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("deltakerbevis-" + pdf.code() + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf.bytes());
	}

}
