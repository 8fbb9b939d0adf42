package no.ks.kulturskole.workshop.workshop.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.workshop.workshop.model.CopyShift;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How far staff move a copy of a workshop: by a number of days, or to a new start of its
 * first session. Exactly one of the two.
 */
@Schema(description = "Hvor langt kopien flyttes: enten shiftDays eller firstSessionStart, ikke begge. "
		+ "Alle tider (økter, frist, utsending av materiell) flyttes like langt i norsk tid.")
record CopyWorkshopRequest(

		@Schema(description = "Antall dager kopien flyttes (negativt: tidligere)", example = "35") @Min(value = -3660,
				message = "Kopien kan flyttes høyst ti år.") @Max(value = 3660,
						message = "Kopien kan flyttes høyst ti år.") Integer shiftDays,

		@Schema(type = "string", example = "2027-04-14T09:00",
				description = "Ny start for første økt, norsk tid eller ISO-8601 med tidssone") @JsonDeserialize(
						using = OsloDateTimeDeserializer.class) Instant firstSessionStart) {

	static final String EXAMPLE = "{ \"shiftDays\": 35 }";

	CopyShift toShift() {
		if (this.shiftDays == null && this.firstSessionStart == null) {
			throw new RuleViolation("shiftDays", "copy-shift-required",
					"Oppgi hvor mange dager kopien skal flyttes, eller når første økt skal starte.");
		}
		if (this.shiftDays != null && this.firstSessionStart != null) {
			throw new RuleViolation("firstSessionStart", "copy-shift-ambiguous",
					"Oppgi enten antall dager eller ny start for første økt, ikke begge.");
		}
		return (this.shiftDays != null) ? new CopyShift.ByDays(this.shiftDays)
				: new CopyShift.FirstSessionAt(OsloTime.local(this.firstSessionStart));
	}

}
