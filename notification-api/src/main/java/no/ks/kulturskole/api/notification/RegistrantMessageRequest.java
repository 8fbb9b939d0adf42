package no.ks.kulturskole.api.notification;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Staff's message to a workshop's registrants (issue 16) and whom it goes to. What is
 * missing or unknown is refused by notification-service naming the field
 * ({@code audience.statuses}, {@code subject.nb}).
 */
@Schema(description = "Meldingen og hvem den skal til")
public record RegistrantMessageRequest(
		@Schema(description = "Valgfri id laget av avsenderen, så samme melding sendt to ganger blir én",
				example = "5b0e6c1a-2f4d-4a8e-9c3b-7d1e0f2a4b6c") String messageId,
		AudienceRequest audience,
		@Schema(description = "Emne per språk: nb (påkrevd), nn, en",
				example = "{\"nb\": \"Ny møtelenke\"}") Map<String, String> subject,
		@Schema(description = "Tekst per språk: nb (påkrevd), nn, en",
				example = "{\"nb\": \"Møtet har fått ny lenke.\"}") Map<String, String> body) {

	@Schema(description = "Utvalget: økt (null for alle), statuser og roller")
	public record AudienceRequest(@Schema(description = "Økten, eller null for alle økter") String sessionId,
			@Schema(description = "CONFIRMED, WAITLISTED og/eller CANCELLED",
					example = "[\"CONFIRMED\"]") List<String> statuses,
			@Schema(description = "DELEGATES og/eller COORDINATORS",
					example = "[\"DELEGATES\", \"COORDINATORS\"]") List<String> roles) {
	}

}
