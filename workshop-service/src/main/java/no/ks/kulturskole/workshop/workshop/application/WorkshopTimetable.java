package no.ks.kulturskole.workshop.workshop.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * What time does to workshops: registration closes at the deadline, material goes out at
 * its release time, a workshop completes after its last session.
 * <p>
 * The schedule is durable because it is the workshops themselves: each document keeps
 * when it is next due ({@code nextDueAt}), so a restart loses nothing and a pause only
 * delays. It is safe with several instances because each change is written only if the
 * document still has the version it was read with: when two instances find the same due
 * workshop, exactly one write succeeds and only its events enter the outbox; the other
 * instance simply moves on.
 */
@Service
public class WorkshopTimetable {

	private static final Logger log = LoggerFactory.getLogger(WorkshopTimetable.class);

	/** Enough for a busy round; anything left waits for the next one. */
	private static final int BATCH = 100;

	private final WorkshopRepository workshops;

	private final Clock clock;

	public WorkshopTimetable(WorkshopRepository workshops, Clock clock) {
		this.workshops = workshops;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${workshop.timetable.interval:PT10S}",
			initialDelayString = "${workshop.timetable.interval:PT10S}")
	void onSchedule() {
		try {
			runDue();
		}
		catch (RuntimeException ex) {
			// MongoDB away: the next round tries again, nothing was half written.
			log.warn("Timetable round failed: {}", ex.toString());
		}
	}

	/**
	 * One round over the workshops that are due now.
	 * @return how many workshops this instance changed (the others were changed by
	 * another instance first)
	 */
	public int runDue() {
		Instant now = this.clock.instant();
		int changed = 0;
		for (Workshop due : this.workshops.findDue(now, BATCH)) {
			Workshop.Progress progress = due.advance(now);
			if (!progress.changed()) {
				continue;
			}
			List<WorkshopEvent> events = progress.reached()
				.stream()
				.map(milestone -> WorkshopAnnouncements.reached(progress.workshop(), milestone, now))
				.toList();
			if (this.workshops.replace(progress.workshop(), events)) {
				log.info("Workshop {} reached {}", due.id(), progress.reached());
				changed++;
			}
		}
		return changed;
	}

}
