package no.ks.kulturskole.registration.attendance.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.ks.kulturskole.api.registration.MeetingReportMatching;
import no.ks.kulturskole.api.registration.Present;
import no.ks.kulturskole.registration.attendance.application.SessionAttendances;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For staff only: who attended a session. The path sits under the workshop, as the issue
 * names it; the gateway routes it here, to the service that owns the participants.
 */
@RestController
@Tag(name = "Oppmøte (ansatte)", description = "Hvem som deltok på en økt, per deltaker")
class AttendanceController {

	static final String PRESENT_EXAMPLE = """
			{ "present": ["a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c"] }""";

	static final String MATCHING_EXAMPLE = """
			{
			  "matched": [
			    {"participantId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
			     "attendee": {"name": "Kari Nordmann", "email": "kari.nordmann@bergen.kommune.no", "minutes": 148}}
			  ],
			  "unmatched": [
			    {"name": "Ola (iPad)", "email": "", "minutes": 95}
			  ]
			}""";

	static final String ZOOM_EXAMPLE = """
			Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
			Kari Nordmann,kari.nordmann@bergen.kommune.no,03/10/2027 08:55:12 AM,03/10/2027 11:23:40 AM,148,No
			Ola (iPad),,03/10/2027 09:02:00 AM,03/10/2027 10:37:00 AM,95,Yes
			""";

	private final SessionAttendances attendances;

	AttendanceController(SessionAttendances attendances) {
		this.attendances = attendances;
	}

	@PutMapping(path = "/api/workshops/{workshopId}/sessions/{sessionId}/attendance",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Registrer hvem som deltok på en økt",
			description = "Listen erstatter det som var registrert for økten. Deltakere fra alle aktive delegasjoner "
					+ "i verkstedet kan føres opp, også fra en annen økt enn delegasjonens.")
	@ApiResponse(responseCode = "200", description = "De som nå er registrert som til stede",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Present.class),
					examples = @ExampleObject(name = "To til stede", value = PRESENT_EXAMPLE)))
	@ApiResponse(responseCode = "400", description = "En deltaker er ikke påmeldt verkstedet",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Verkstedet eller økten finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	Present record(@PathVariable String workshopId, @PathVariable String sessionId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "To til stede",
							value = PRESENT_EXAMPLE))) @Valid @RequestBody Present request) {
		return new Present(this.attendances.record(workshopId, sessionId, request.present()));
	}

	@GetMapping("/api/workshops/{workshopId}/sessions/{sessionId}/attendance")
	@Operation(summary = "Hvem som er registrert som til stede på en økt")
	@ApiResponse(responseCode = "200", description = "Deltakerne som er til stede",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Present.class),
					examples = @ExampleObject(name = "To til stede", value = PRESENT_EXAMPLE)))
	@ApiResponse(responseCode = "404", description = "Verkstedet eller økten finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	Present present(@PathVariable String workshopId, @PathVariable String sessionId) {
		return new Present(this.attendances.presentIn(workshopId, sessionId));
	}

	@PostMapping(path = "/api/workshops/{workshopId}/sessions/{sessionId}/attendance/meeting-report",
			consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Sammenlign deltakerrapporten fra videomøtet med de påmeldte",
			description = "CSV slik Zoom og Teams eksporterer den (navn, e-post, inn- og utlogging). Radene kobles til "
					+ "deltakerne på e-postadressen; resten vises for manuell kobling. Ingenting lagres: registrer "
					+ "oppmøtet med PUT etterpå.")
	@ApiResponse(responseCode = "200", description = "Deltakerne som ble funnet, og radene uten treff",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = MeetingReportMatching.class),
					examples = @ExampleObject(name = "Én funnet, én gjest", value = MATCHING_EXAMPLE)))
	@ApiResponse(responseCode = "400", description = "Filen har ingen kolonne for navn og e-post",
			content = @Content(mediaType = "application/problem+json"))
	MeetingReportMatching meetingReport(@PathVariable String workshopId, @PathVariable String sessionId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "text/csv",
					examples = @ExampleObject(name = "Zoom", value = ZOOM_EXAMPLE))) @RequestBody String csv) {
		return MeetingReportMatchings.of(this.attendances.match(workshopId, sessionId, csv));
	}

}
