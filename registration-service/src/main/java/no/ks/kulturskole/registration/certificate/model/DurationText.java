package no.ks.kulturskole.registration.certificate.model;

import java.time.Duration;

/**
 * A duration as a confirmation prints it: "2 t 30 min" in Norwegian (bokmål and nynorsk
 * alike), "2 h 30 min" in English; whole hours without minutes.
 */
public final class DurationText {

	private DurationText() {
	}

	public static String of(Duration duration, String language) {
		long hours = duration.toHours();
		long minutes = duration.toMinutesPart();
		String hourUnit = "en".equals(language) ? "h" : "t";
		if (hours == 0) {
			return minutes + " min";
		}
		return (minutes == 0) ? hours + " " + hourUnit : hours + " " + hourUnit + " " + minutes + " min";
	}

}
