package no.ks.kulturskole.registration.certificate.web;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.registration.CertificateLookup;
import no.ks.kulturskole.registration.certificate.application.Certificates;
import no.ks.kulturskole.registration.certificate.application.Certificates.Lookup;
import no.ks.kulturskole.registration.certificate.model.AttendedSession;
import no.ks.kulturskole.registration.certificate.model.DurationText;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * For staff: is a participation confirmation real? An employer who doubts one asks KS,
 * who look its code up here.
 */
@RestController
@Tag(name = "Deltakerbevis (ansatte)", description = "Slå opp verifiseringskoden på et deltakerbevis")
class StaffCertificateController {

	static final String EXAMPLE = """
			{
			  "code": "KS-7QX2M-9GH4T", "state": "VALID", "workshopId": "3f1c…", "workshopTitle": "Kulturskolen i fremtidens kommune",
			  "delegationId": "a1b2…", "participantId": "9b2f…", "holderName": "Kari Nordmann", "municipality": "Bergen",
			  "sessions": [{"sessionId": "s-1", "startsAt": "2027-03-10T08:00:00Z", "endsAt": "2027-03-10T10:30:00Z"}],
			  "durationMinutes": 150, "duration": "2 t 30 min", "issuedAt": "2027-03-12T09:14:00Z", "erasedAt": null
			}""";

	private final Certificates certificates;

	StaffCertificateController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/api/certificates/{code}")
	@Operation(summary = "Slå opp et deltakerbevis",
			description = "Hvem beviset gjelder, hvilket verksted og hvilke økter. Er innehaverens opplysninger slettet, "
					+ "sier svaret at beviset fantes (ERASED), uten navn.")
	@ApiResponse(responseCode = "200", description = "Beviset",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = CertificateLookup.class),
					examples = @ExampleObject(name = "Gyldig", value = EXAMPLE)))
	@ApiResponse(responseCode = "400", description = "Ikke en verifiseringskode",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Ingen deltakerbevis har koden",
			content = @Content(mediaType = "application/problem+json"))
	CertificateLookup lookup(@PathVariable String code) {
		return responseOf(this.certificates.lookup(code));
	}

	/** The application's look-up as registration-api's {@link CertificateLookup}. */
	static CertificateLookup responseOf(Lookup lookup) {
		Duration total = lookup.sessions().stream().map(AttendedSession::length).reduce(Duration.ZERO, Duration::plus);
		return new CertificateLookup(lookup.code(), CertificateLookup.State.valueOf(lookup.state().name()),
				lookup.issued().workshopId(), lookup.workshopTitle(), lookup.issued().delegationId(),
				lookup.issued().participantId(), lookup.holderName(), lookup.municipality(),
				lookup.sessions()
					.stream()
					.map(session -> new CertificateLookup.AttendedSession(session.sessionId(), session.startsAt(),
							session.endsAt()))
					.toList(),
				total.toMinutes(), DurationText.of(total, "nb"), lookup.issued().issuedAt(),
				lookup.issued().erasedAt());
	}

}
