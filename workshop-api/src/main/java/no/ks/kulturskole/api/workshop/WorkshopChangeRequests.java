package no.ks.kulturskole.api.workshop;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Bodies of the staff requests that change an existing workshop. In
 * {@link DetailsRequest} a field left out (not sent) keeps its value, so the caller sends
 * only what it has.
 */
public final class WorkshopChangeRequests {

	public static final String RESCHEDULE_EXAMPLE = """
			{
			  "registrationDeadline": "2027-03-08T23:59",
			  "sessions": [
			    { "sessionId": "3f1c2d4e-0000-4000-8000-000000000001", "startsAt": "2027-03-17T09:00", "endsAt": "2027-03-17T11:30" }
			  ],
			  "reason": "Flyttet en uke på grunn av vinterferie."
			}""";

	public static final String PREPARATION_EXAMPLE = """
			{
			  "materials": [
			    { "title": "Kulturskolen i kommunen – innledning", "url": "https://kulturskoleradet.no/materiell/innledning.pdf" }
			  ],
			  "reflectionQuestions": [
			    "Hvilken rolle har kulturskolen i kommunens planverk i dag?",
			    "Hvem i kommunen samarbeider kulturskolen mest med?"
			  ],
			  "releaseAt": "2027-03-03T09:00"
			}""";

	public static final String DETAILS_EXAMPLE = """
			{
			  "title": "Kulturskolen som ressurssenter i fremtidens kommune",
			  "targetGroup": "Kulturskoleledere, kommunalsjefer og politikere",
			  "meetingUrl": "https://møte.example.no/kulturskole-10-mars-ny"
			}""";

	public static final String DETAILS_TO_VENUE_EXAMPLE = """
			{
			  "format": "VENUE",
			  "venue": "Kulturhuset, Storgata 1, 0182 Oslo",
			  "free": false
			}""";

	private WorkshopChangeRequests() {
	}

	/**
	 * The same limits as when creating. The deadline and the delegation rules are named
	 * so that sending them is refused rather than silently ignored.
	 */
	@Schema(description = "Nye opplysninger om verkstedet. Felt som utelates, beholdes; tom tekst fjerner "
			+ "beskrivelse, målgruppe eller møtelenke. Påmeldingsfrist og delegasjonsregler kan ikke endres her.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record DetailsRequest(

			@Schema(example = "Kulturskolen som ressurssenter i fremtidens kommune") @Size(max = 200,
					message = "Tittelen kan ha høyst 200 tegn.") String title,

			@Size(max = 5000, message = "Beskrivelsen kan ha høyst 5000 tegn.") String description,

			@Schema(description = "Hvem som arrangerer verkstedet, minst én. En tom liste avvises.",
					example = "[\"KS\", \"Norsk kulturskoleråd\"]") @Size(max = 10,
							message = "Et verksted kan ha høyst 10 arrangører.") List<@Size(max = 100,
									message = "Navnet på en arrangør kan ha høyst 100 tegn.") String> organisers,

			@Schema(description = "Hvem verkstedet er for, med arrangørenes ord",
					example = "Kulturskoleledere, kommunalsjefer og politikere") @Size(max = 1000,
							message = "Målgruppen kan ha høyst 1000 tegn.") String targetGroup,

			@Schema(description = "true når det er gratis å delta", example = "true") Boolean free,

			@Schema(description = "Nytt format; VENUE krever adresse, ONLINE møtelenke",
					example = "ONLINE") FormatKind format,

			@Schema(description = "Adresse til lokalet; bare for format VENUE") @Size(max = 500,
					message = "Adressen kan ha høyst 500 tegn.") String venue,

			@Schema(description = "Møtelenke for alle økter uten egen lenke; bare for format ONLINE. "
					+ "Vises aldri offentlig.", example = "https://møte.example.no/kulturskole-10-mars-ny") @Size(
							max = 2000, message = "Møtelenken kan ha høyst 2000 tegn.") String meetingUrl,

			@Schema(description = "Språkkode", example = "nb") @Size(max = 35,
					message = "Språkkoden kan ha høyst 35 tegn.") String language,

			@Schema(hidden = true) @Null(message = "Påmeldingsfristen endres ved å flytte verkstedet, "
					+ "ikke sammen med opplysningene.") Object registrationDeadline,

			@Schema(hidden = true) @Null(message = "Delegasjonsstørrelsen kan ikke endres etter publisering: "
					+ "påmeldte delegasjoner har fått plass etter den.") Object minDelegationSize,

			@Schema(hidden = true) @Null(message = "Delegasjonsstørrelsen kan ikke endres etter publisering: "
					+ "påmeldte delegasjoner har fått plass etter den.") Object maxDelegationSize,

			@Schema(hidden = true) @Null(message = "Kravet om en deltaker utenfor kulturskolen kan ikke endres "
					+ "etter publisering: påmeldte delegasjoner er satt sammen etter det.") Object outsideRoleRequired) {

	}

	@Schema(description = "Nye tider. Økter som ikke nevnes, beholder sine tider. Tider uten tidssone er norsk tid.")
	public record RescheduleRequest(

			@Schema(type = "string", example = "2027-03-08T23:59",
					description = "Ny påmeldingsfrist; utelates for å beholde den gamle") @JsonDeserialize(
							using = OsloDateTimeDeserializer.class) @JsonSerialize(
									using = OsloDateTimeSerializer.class) Instant registrationDeadline,

			@Size(max = 20,
					message = "Et verksted kan ha høyst 20 økter.") List<@Valid @NotNull(
							message = "Økten kan ikke være tom.") SessionTimesRequest> sessions,

			@Schema(description = "Vises for alle som berøres", example = "Flyttet på grunn av vinterferie.") @Size(
					max = 1000, message = "Begrunnelsen kan ha høyst 1000 tegn.") String reason) {

	}

	public record SessionTimesRequest(@NotBlank(message = "Oppgi hvilken økt som flyttes.") String sessionId,

			@Schema(type = "string", example = "2027-03-17T09:00") @NotNull(
					message = "Økten må ha et starttidspunkt.") @JsonDeserialize(
							using = OsloDateTimeDeserializer.class) @JsonSerialize(
									using = OsloDateTimeSerializer.class) Instant startsAt,

			@Schema(type = "string", example = "2027-03-17T11:30") @NotNull(
					message = "Økten må ha et sluttidspunkt.") @JsonDeserialize(
							using = OsloDateTimeDeserializer.class) @JsonSerialize(
									using = OsloDateTimeSerializer.class) Instant endsAt) {
	}

	public record CancelRequest(
			@Schema(example = "For få påmeldte; verkstedet settes opp på nytt til høsten.") @NotBlank(
					message = "Oppgi en grunn for avlysningen.") @Size(max = 1000,
							message = "Begrunnelsen kan ha høyst 1000 tegn.") String reason) {
	}

	public record CapacityRequest(@Schema(description = "Antall personer", example = "80") @NotNull(
			message = "Kapasitet må fylles ut.") @Positive(
					message = "Kapasiteten må være minst 1 person.") Integer capacity) {
	}

	@Schema(description = "Materiell og refleksjonsspørsmål. Sendes ut ved releaseAt, "
			+ "ellers 7 dager før første økt.")
	public record PreparationRequest(

			@Size(max = 50,
					message = "Høyst 50 materiell.") List<@Valid @NotNull(
							message = "Materiellet kan ikke være tomt.") MaterialRequest> materials,

			@Size(max = 50,
					message = "Høyst 50 spørsmål.") List<@NotBlank(
							message = "Refleksjonsspørsmålet kan ikke være tomt.") @Size(max = 2000,
									message = "Et spørsmål kan ha høyst 2000 tegn.") String> reflectionQuestions,

			@Schema(type = "string", example = "2027-03-03T09:00",
					description = "Når det sendes ut; utelates for 7 dager før første økt") @JsonDeserialize(
							using = OsloDateTimeDeserializer.class) @JsonSerialize(
									using = OsloDateTimeSerializer.class) Instant releaseAt) {

	}

	public record MaterialRequest(
			@Schema(example = "Kulturskolen i kommunen – innledning") @NotBlank(
					message = "Materiellet må ha en tittel.") @Size(max = 300,
							message = "Tittelen kan ha høyst 300 tegn.") String title,
			@Schema(description = "Lenke eller referanse til opplastet fil",
					example = "https://kulturskoleradet.no/materiell/innledning.pdf") @NotBlank(
							message = "Materiellet må ha en lenke eller en filreferanse.") @Size(max = 2000,
									message = "Lenken kan ha høyst 2000 tegn.") String url) {
	}

}
