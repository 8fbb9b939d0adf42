package no.ks.kulturskole.workshop.workshop.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;
import no.ks.kulturskole.api.workshop.CopyWorkshopRequest;
import no.ks.kulturskole.api.workshop.OsloTime;
import no.ks.kulturskole.api.workshop.ScheduleWorkshopRequest;
import no.ks.kulturskole.api.workshop.WorkshopChangeRequests;
import no.ks.kulturskole.workshop.workshop.application.WorkshopCatalogue;
import no.ks.kulturskole.workshop.workshop.application.WorkshopChanges;
import no.ks.kulturskole.workshop.workshop.application.WorkshopFilter;
import no.ks.kulturskole.workshop.workshop.application.WorkshopScheduling;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff schedule and follow workshops. Reached through the gateway, which logs them in.
 */
@RestController
@RequestMapping(path = "/api/workshops", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verksted (ansatte)", description = "Planlegge og se verksted, med møtelenker")
class StaffWorkshopController {

	private final WorkshopScheduling scheduling;

	private final WorkshopChanges changes;

	private final WorkshopCatalogue catalogue;

	StaffWorkshopController(WorkshopScheduling scheduling, WorkshopChanges changes, WorkshopCatalogue catalogue) {
		this.scheduling = scheduling;
		this.changes = changes;
		this.catalogue = catalogue;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Planlegg et verksted og åpne det for påmelding, eller lagre det som utkast",
			description = "Lagrer verkstedet og kunngjør WorkshopScheduled på workshop.events. "
					+ "Med \"draft\": true lagres et utkast som verken vises offentlig eller kunngjøres.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(name = "Digitalt verksted", value = ScheduleWorkshopRequest.EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Verkstedet er planlagt")
	@ApiResponse(responseCode = "400", description = "Ugyldig forespørsel; feltene er navngitt i errors",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<StaffWorkshopResponse> schedule(@Valid @RequestBody ScheduleWorkshopRequest request) {
		Workshop workshop = request.isDraft() ? this.scheduling.draft(WorkshopRequests.plan(request))
				: this.scheduling.schedule(WorkshopRequests.plan(request));
		// Relative, so that it stays right behind the gateway.
		return ResponseEntity.created(URI.create("/api/workshops/" + workshop.id()))
			.body(StaffWorkshopResponses.of(workshop));
	}

	@PostMapping(path = "/{id}/copy", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Kopier et verksted som et nytt utkast, flyttet i tid",
			description = "Samme beskrivelse, format, regler, økter, materiell og refleksjonsspørsmål; alle tider "
					+ "flyttet like langt i norsk tid. Utkastet kunngjøres ikke før det publiseres; "
					+ "originalen endres ikke.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = { @ExampleObject(name = "Fem uker senere", value = CopyWorkshopRequest.EXAMPLE),
									@ExampleObject(name = "Ny start for første økt",
											value = "{ \"firstSessionStart\": \"2027-04-14T09:00\" }") })))
	@ApiResponse(responseCode = "201", description = "Utkastet er laget")
	@ApiResponse(responseCode = "400",
			description = "Ugyldig forskyvning, eller kopien ville fått en passert frist; feltet er navngitt i errors",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "404", description = "Fant ikke verkstedet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<StaffWorkshopResponse> copy(@PathVariable String id,
			@Valid @RequestBody CopyWorkshopRequest request) {
		Workshop copy = this.scheduling.copy(id, WorkshopRequests.shift(request), OsloTime.ZONE);
		return ResponseEntity.created(URI.create("/api/workshops/" + copy.id())).body(StaffWorkshopResponses.of(copy));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Endre et utkast",
			description = "Bare utkast kan endres fritt; publiserte verksted endres med flytting, økter, kapasitet "
					+ "og opplysninger (PATCH /api/workshops/{id}/details).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "Utkast", value = ScheduleWorkshopRequest.EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "Utkastet er endret")
	@ApiResponse(responseCode = "400", description = "Ugyldig forespørsel eller verkstedet er ikke et utkast",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409",
			description = "Ikke mulig der verkstedet er i sitt løp nå (status), eller endret samtidig",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse revise(@PathVariable String id, @Valid @RequestBody ScheduleWorkshopRequest request) {
		return StaffWorkshopResponses.of(this.changes.revise(id, WorkshopRequests.plan(request)));
	}

	/**
	 * A sub-resource rather than PUT on the workshop: PUT replaces the whole draft,
	 * sessions (with new ids), deadline and delegation rules included, none of which may
	 * change this way once published. Like the other changes to a published workshop
	 * (reschedule, sessions, capacity), it names exactly what it changes; PATCH because
	 * what is left out stays, as for a session's capacity.
	 */
	@PatchMapping(path = "/{id}/details", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Endre opplysningene om et verksted",
			description = "Tittel, beskrivelse, arrangører, målgruppe, pris, format med adresse eller møtelenke, "
					+ "og språk, også etter publisering. Kunngjør WorkshopDetailsChanged for publiserte verksted; "
					+ "en endring som ikke endrer noe, kunngjør ingenting. Påmeldingsfrist og delegasjonsregler "
					+ "kan ikke endres her, fordi påmeldte delegasjoner har fått plass etter dem.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = {
									@ExampleObject(name = "Ny tittel, målgruppe og møtelenke",
											value = WorkshopChangeRequests.DETAILS_EXAMPLE),
									@ExampleObject(name = "Flyttet til et lokale",
											value = WorkshopChangeRequests.DETAILS_TO_VENUE_EXAMPLE) })))
	@ApiResponse(responseCode = "200", description = "Opplysningene er endret (eller var allerede slik)")
	@ApiResponse(responseCode = "400", description = "Ugyldige opplysninger; feltene er navngitt i errors",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409", description = "Verkstedet er fullført eller avlyst, eller ble endret samtidig",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "404", description = "Fant ikke verkstedet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse changeDetails(@PathVariable String id,
			@Valid @RequestBody WorkshopChangeRequests.DetailsRequest request) {
		return StaffWorkshopResponses.of(this.changes.changeDetails(id, WorkshopRequests.change(request)));
	}

	@PostMapping("/{id}/schedule")
	@Operation(summary = "Publiser et utkast og åpne det for påmelding",
			description = "Kunngjør WorkshopScheduled på workshop.events.")
	@ApiResponse(responseCode = "200", description = "Verkstedet er åpent for påmelding")
	@ApiResponse(responseCode = "400", description = "Ikke et utkast, eller fristen er passert",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409",
			description = "Ikke mulig der verkstedet er i sitt løp nå (status), eller endret samtidig",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse publish(@PathVariable String id) {
		return StaffWorkshopResponses.of(this.changes.schedule(id));
	}

	@PostMapping("/{id}/close-registration")
	@Operation(summary = "Steng påmeldingen før fristen",
			description = "Kunngjør RegistrationClosed (closedBy STAFF). Ved fristen skjer dette av seg selv.")
	@ApiResponse(responseCode = "200", description = "Påmeldingen er stengt")
	@ApiResponse(responseCode = "400", description = "Verkstedet er ikke åpent for påmelding",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409",
			description = "Ikke mulig der verkstedet er i sitt løp nå (status), eller endret samtidig",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse closeRegistration(@PathVariable String id) {
		return StaffWorkshopResponses.of(this.changes.closeRegistration(id));
	}

	@PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Avlys verkstedet", description = "Kunngjør WorkshopCancelled med grunnen.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(name = "Avlysning",
							value = "{ \"reason\": \"For få påmeldte; verkstedet settes opp på nytt til høsten.\" }"))))
	@ApiResponse(responseCode = "200", description = "Verkstedet er avlyst")
	@ApiResponse(responseCode = "400", description = "Mangler grunn, eller verkstedet er fullført eller avlyst",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409",
			description = "Ikke mulig der verkstedet er i sitt løp nå (status), eller endret samtidig",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse cancel(@PathVariable String id,
			@Valid @RequestBody WorkshopChangeRequests.CancelRequest request) {
		return StaffWorkshopResponses.of(this.changes.cancel(id, request.reason()));
	}

	@PostMapping(path = "/{id}/reschedule", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Flytt verkstedet til nye tider",
			description = "Kunngjør WorkshopRescheduled med alle økter og revisjon + 1, så alle berørte kan varsles.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "Flytting en uke",
									value = WorkshopChangeRequests.RESCHEDULE_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "Verkstedet er flyttet")
	@ApiResponse(responseCode = "400", description = "Ugyldige tider; feltene er navngitt i errors",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409",
			description = "Ikke mulig der verkstedet er i sitt løp nå (status), eller endret samtidig",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse reschedule(@PathVariable String id,
			@Valid @RequestBody WorkshopChangeRequests.RescheduleRequest request) {
		return StaffWorkshopResponses.of(this.changes.reschedule(id, request.registrationDeadline(),
				WorkshopRequests.times(request), request.reason()));
	}

	@PostMapping(path = "/{id}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Legg til en økt, for eksempel en parallell økt samme dag",
			description = "Kunngjør SessionAdded. Mulig mens påmeldingen er åpen og etter at den er stengt.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "Ekstra økt",
									value = "{ \"startsAt\": \"2027-03-10T12:30\", \"endsAt\": \"2027-03-10T15:00\", "
											+ "\"capacity\": 60 }"))))
	@ApiResponse(responseCode = "201", description = "Økten er lagt til")
	@ApiResponse(responseCode = "400", description = "Ugyldig økt; feltene er navngitt i errors",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409",
			description = "Ikke mulig der verkstedet er i sitt løp nå (status), eller endret samtidig",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<StaffWorkshopResponse> addSession(@PathVariable String id,
			@Valid @RequestBody ScheduleWorkshopRequest.SessionRequest request) {
		Workshop workshop = this.changes.addSession(id, WorkshopRequests.session(request));
		return ResponseEntity.created(URI.create("/api/workshops/" + id)).body(StaffWorkshopResponses.of(workshop));
	}

	@PatchMapping(path = "/{id}/sessions/{sessionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Endre kapasiteten til en økt", description = "Kunngjør SessionChanged.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "Større kapasitet", value = "{ \"capacity\": 80 }"))))
	@ApiResponse(responseCode = "200", description = "Kapasiteten er endret")
	@ApiResponse(responseCode = "400", description = "Ugyldig kapasitet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409",
			description = "Ikke mulig der verkstedet er i sitt løp nå (status), eller endret samtidig",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "404", description = "Fant ikke verkstedet eller økten",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse changeCapacity(@PathVariable String id, @PathVariable String sessionId,
			@Valid @RequestBody WorkshopChangeRequests.CapacityRequest request) {
		return StaffWorkshopResponses.of(this.changes.changeCapacity(id, sessionId, request.capacity()));
	}

	@PutMapping(path = "/{id}/preparation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Publiser materiell og refleksjonsspørsmål",
			description = "Sendes ut ved releaseAt (standard 7 dager før første økt); da kunngjøres MaterialsPublished.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "Materiell og spørsmål",
									value = WorkshopChangeRequests.PREPARATION_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "Materiellet er lagret og sendes ut ved releaseAt")
	@ApiResponse(responseCode = "400", description = "Ugyldig materiell; feltene er navngitt i errors",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409",
			description = "Ikke mulig der verkstedet er i sitt løp nå (status), eller endret samtidig",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse prepare(@PathVariable String id,
			@Valid @RequestBody WorkshopChangeRequests.PreparationRequest request) {
		return StaffWorkshopResponses.of(this.changes.prepare(id, WorkshopRequests.materials(request),
				WorkshopRequests.questions(request), request.releaseAt()));
	}

	@GetMapping
	@Operation(summary = "Verksted, første økt først, eventuelt filtrert",
			description = "when=UPCOMING (siste økt ikke over) eller PAST; programme og status filtrerer eksakt.")
	List<StaffWorkshopResponse> list(
			@Parameter(example = "UPCOMING") @RequestParam(required = false) WorkshopFilter.When when,
			@Parameter(example = "Fremtidens kulturskole") @RequestParam(required = false) String programme,
			@Parameter(example = "SCHEDULED") @RequestParam(required = false) WorkshopStatus status) {
		return this.catalogue.find(new WorkshopFilter(when, blankToNull(programme), status))
			.stream()
			.map(StaffWorkshopResponses::of)
			.toList();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Ett verksted, med møtelenker")
	@ApiResponse(responseCode = "200", description = "Verkstedet")
	@ApiResponse(responseCode = "404", description = "Fant ikke verkstedet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse get(@PathVariable String id) {
		return StaffWorkshopResponses.of(this.catalogue.byId(id));
	}

}
