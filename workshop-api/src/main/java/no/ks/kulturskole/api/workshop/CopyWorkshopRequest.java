package no.ks.kulturskole.api.workshop;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How far staff move a copy of a workshop: by a number of days, or to a new start of its
 * first session. Exactly one of the two (workshop-service says which is missing); only
 * what is given is sent.
 */
@Schema(description = "Hvor langt kopien flyttes: enten shiftDays eller firstSessionStart, ikke begge. "
		+ "Alle tider (økter, frist, utsending av materiell) flyttes like langt i norsk tid.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CopyWorkshopRequest(

		@Schema(description = "Antall dager kopien flyttes (negativt: tidligere)", example = "35") @Min(value = -3660,
				message = "Kopien kan flyttes høyst ti år.") @Max(value = 3660,
						message = "Kopien kan flyttes høyst ti år.") Integer shiftDays,

		@Schema(type = "string", example = "2027-04-14T09:00",
				description = "Ny start for første økt, norsk tid eller ISO-8601 med tidssone") @JsonDeserialize(
						using = OsloDateTimeDeserializer.class) @JsonSerialize(
								using = OsloDateTimeSerializer.class) Instant firstSessionStart) {

	public static final String EXAMPLE = "{ \"shiftDays\": 35 }";

}
