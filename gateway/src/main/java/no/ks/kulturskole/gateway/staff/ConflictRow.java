package no.ks.kulturskole.gateway.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import no.ks.kulturskole.api.registration.ConflictResponse;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved.Resolution;

/**
 * A registration conflict as the workshop page's conflict table shows it:
 * registration-api's record with its times and resolution written in Norwegian for staff.
 */
record ConflictRow(String conflictId, Organisation municipality, Contact contact, Contact coordinator,
		String resolvedBy, boolean open, String reportedAtText, String resolvedAtText, String resolutionText) {

	private static final DateTimeFormatter OSLO_TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH.mm")
		.withZone(ZoneId.of("Europe/Oslo"));

	static ConflictRow of(ConflictResponse conflict) {
		return new ConflictRow(conflict.conflictId(), conflict.municipality(), conflict.contact(),
				conflict.coordinator(), conflict.resolvedBy(),
				conflict.status() == ConflictResponse.ConflictStatus.OPEN, text(conflict.reportedAt()),
				text(conflict.resolvedAt()), (conflict.resolution() == Resolution.HAND_OVER)
						? "Overført til den som prøvde" : "Kontaktpersonen er beholdt");
	}

	private static String text(Instant instant) {
		return (instant != null) ? OSLO_TIME.format(instant) : "";
	}

}
