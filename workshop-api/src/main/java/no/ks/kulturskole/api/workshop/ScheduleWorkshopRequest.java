package no.ks.kulturskole.api.workshop;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What staff send to schedule (or revise) a workshop. Checks of form live here; the rules
 * of the programme live in workshop-service's model. Optional facts the caller leaves out
 * are not sent, so the service's defaults apply; required ones go as {@code null}, so the
 * service's refusal names them.
 */
@Schema(description = "Nytt verksted. Tider uten tidssone leses som norsk tid (Europe/Oslo).")
public record ScheduleWorkshopRequest(

		@Schema(example = "Kulturskolen som utviklingsaktør i fremtidens kommune") @NotBlank(
				message = "Tittel må fylles ut.") @Size(max = 200,
						message = "Tittelen kan ha høyst 200 tegn.") String title,

		@Size(max = 5000, message = "Beskrivelsen kan ha høyst 5000 tegn.") String description,

		@Schema(example = "Fremtidens kulturskole") @Size(max = 200,
				message = "Programnavnet kan ha høyst 200 tegn.") String programme,

		@Schema(description = "Hvem som arrangerer verkstedet, minst én. Utelates feltet, er arrangørene "
				+ "programmets egne: «KS» og «Norsk kulturskoleråd». En tom liste avvises.",
				example = "[\"KS\", \"Norsk kulturskoleråd\"]") @Size(max = 10,
						message = "Et verksted kan ha høyst 10 arrangører.") @JsonInclude(JsonInclude.Include.NON_NULL) List<@Size(
								max = 100, message = "Navnet på en arrangør kan ha høyst 100 tegn.") String> organisers,

		@Schema(description = "Hvem verkstedet er for, med arrangørenes ord; kan utelates",
				example = "Kulturskoleledere, kommunalt ansatte og politikere som arbeider med kulturskolens rolle i kommunen") @Size(
						max = 1000,
						message = "Målgruppen kan ha høyst 1000 tegn.") @JsonInclude(JsonInclude.Include.NON_NULL) String targetGroup,

		@Schema(description = "true når det er gratis å delta; true om feltet utelates", example = "true",
				defaultValue = "true") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean free,

		@Schema(example = "ONLINE") @NotNull(
				message = "Format må være ONLINE (digitalt) eller VENUE (fysisk).") FormatKind format,

		@Schema(description = "Adresse til lokalet; bare for format VENUE") @Size(max = 500,
				message = "Adressen kan ha høyst 500 tegn.") String venue,

		@Schema(description = "Møtelenke for alle økter; bare for format ONLINE",
				example = "https://møte.example.no/kulturskole-10-mars") @Size(max = 2000,
						message = "Møtelenken kan ha høyst 2000 tegn.") String meetingUrl,

		@Schema(description = "Språkkode; «nb» om den utelates", example = "nb") @Size(max = 35,
				message = "Språkkoden kan ha høyst 35 tegn.") @JsonInclude(JsonInclude.Include.NON_NULL) String language,

		@Schema(type = "string", example = "2027-03-01T23:59",
				description = "Påmeldingsfrist, norsk tid eller ISO-8601 med tidssone") @NotNull(
						message = "Påmeldingsfrist må fylles ut.") @JsonDeserialize(
								using = OsloDateTimeDeserializer.class) @JsonSerialize(
										using = OsloDateTimeSerializer.class) Instant registrationDeadline,

		@Schema(example = "2") @NotNull(message = "Minste antall deltakere per kommune må fylles ut.") @Positive(
				message = "Minste antall deltakere per kommune må være minst 1.") Integer minDelegationSize,

		@Schema(example = "6", description = "Utelates når det ikke er noen øvre grense") @Positive(
				message = "Største antall deltakere per kommune må være minst 1.") Integer maxDelegationSize,

		@Schema(description = "Minst én i delegasjonen må ha en rolle utenfor kulturskolen",
				example = "true") Boolean outsideRoleRequired,

		@NotEmpty(message = "Verkstedet må ha minst én økt.") @Size(max = 20,
				message = "Et verksted kan ha høyst 20 økter.") List<@Valid @NotNull(
						message = "Økten kan ikke være tom.") SessionRequest> sessions,

		@Schema(description = "true lagrer et utkast som ikke er synlig eller kunngjort før det publiseres",
				example = "false") Boolean draft) {

	/** A whole request, for the API documentation. */
	public static final String EXAMPLE = """
			{
			  "title": "Kulturskolen som utviklingsaktør i fremtidens kommune",
			  "description": "Digitalt verksted om kulturskolens rolle i kommunen.",
			  "programme": "Fremtidens kulturskole",
			  "organisers": ["KS", "Norsk kulturskoleråd"],
			  "targetGroup": "Kulturskoleledere, kommunalt ansatte og politikere som arbeider med kulturskolens rolle i kommunen",
			  "free": true,
			  "format": "ONLINE",
			  "meetingUrl": "https://møte.example.no/kulturskole-10-mars",
			  "language": "nb",
			  "registrationDeadline": "2027-03-01T23:59",
			  "minDelegationSize": 2,
			  "maxDelegationSize": 6,
			  "outsideRoleRequired": true,
			  "sessions": [
			    { "startsAt": "2027-03-10T09:00", "endsAt": "2027-03-10T11:30", "capacity": 60 }
			  ]
			}""";

	public boolean isDraft() {
		return Boolean.TRUE.equals(this.draft);
	}

	@Schema(description = "Én økt. Tider uten tidssone leses som norsk tid (Europe/Oslo).")
	public record SessionRequest(

			@Schema(type = "string", example = "2027-03-10T09:00") @NotNull(
					message = "Økten må ha et starttidspunkt.") @JsonDeserialize(
							using = OsloDateTimeDeserializer.class) @JsonSerialize(
									using = OsloDateTimeSerializer.class) Instant startsAt,

			@Schema(type = "string", example = "2027-03-10T11:30") @NotNull(
					message = "Økten må ha et sluttidspunkt.") @JsonDeserialize(
							using = OsloDateTimeDeserializer.class) @JsonSerialize(
									using = OsloDateTimeSerializer.class) Instant endsAt,

			@Schema(description = "Antall personer", example = "60") @NotNull(
					message = "Kapasitet må fylles ut.") @Positive(
							message = "Kapasiteten må være minst 1 person.") Integer capacity,

			@Schema(description = "Egen møtelenke for økten; ellers brukes verkstedets") @Size(max = 2000,
					message = "Møtelenken kan ha høyst 2000 tegn.") @JsonInclude(JsonInclude.Include.NON_NULL) String meetingUrl) {

	}

}
