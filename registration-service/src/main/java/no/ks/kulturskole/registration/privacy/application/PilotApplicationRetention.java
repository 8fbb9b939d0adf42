package no.ks.kulturskole.registration.privacy.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.registration.pilot.application.PilotApplicationsStore;
import no.ks.kulturskole.registration.pilot.application.PilotSelectionClosing;
import no.ks.kulturskole.registration.pilot.model.PilotApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention by default for pilot applications (issue 14):
 * {@code platform.privacy.retention.after-pilot-selection} (90 days) after staff closed
 * the pilot selection, every application's personal data (contact, motivation) is erased
 * through the same erasure as on request ({@link Erasures}): its data key is erased
 * ({@code DataKeyErased}), so notification-service and reporting-service erase their
 * copies and report back. Municipality, status and region stay, so the selection's counts
 * do not change.
 * <p>
 * Idempotent, and safe on several instances at once, as {@link RetentionByDefault}: an
 * erased application is not picked again, and erasing one twice changes nothing.
 */
@Component
public class PilotApplicationRetention {

	private static final Logger log = LoggerFactory.getLogger(PilotApplicationRetention.class);

	private final PilotSelectionClosing closing;

	private final PilotApplicationsStore applications;

	private final Erasures erasures;

	private final Clock clock;

	public PilotApplicationRetention(PilotSelectionClosing closing, PilotApplicationsStore applications,
			Erasures erasures, Clock clock) {
		this.closing = closing;
		this.applications = applications;
		this.erasures = erasures;
		this.clock = clock;
	}

	// on the workshops' schedule: the first run waits until a starting instance took its
	// traffic
	@Scheduled(initialDelayString = "${platform.privacy.retention.initial-delay:PT5M}",
			fixedDelayString = "${platform.privacy.retention.interval:PT1H}")
	void onSchedule() {
		eraseDue();
	}

	/**
	 * @return how many applications were erased
	 */
	public int eraseDue() {
		Instant now = this.clock.instant();
		boolean due = this.closing.personalDataErasedAt().filter((at) -> !at.isAfter(now)).isPresent();
		if (!due) {
			return 0;
		}
		List<String> living = this.applications.all()
			.stream()
			.filter((application) -> !isErased(application))
			.map(PilotApplication::id)
			.toList();
		if (living.isEmpty()) {
			return 0;
		}
		String erasureId = this.erasures.ofPilotApplications(living);
		log.info("Retention: {} pilot applications erased (erasure {})", living.size(), erasureId);
		return living.size();
	}

	private static boolean isErased(PilotApplication application) {
		return Contact.ERASED.equals(application.contact());
	}

}
