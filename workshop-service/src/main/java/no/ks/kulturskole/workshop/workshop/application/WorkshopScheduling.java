package no.ks.kulturskole.workshop.workshop.application;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.workshop.workshop.model.CopyShift;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Staff create a workshop: scheduled (stored and announced) at once, or as a draft. */
@Service
public class WorkshopScheduling {

	private static final Logger log = LoggerFactory.getLogger(WorkshopScheduling.class);

	private final WorkshopRepository workshops;

	private final Clock clock;

	public WorkshopScheduling(WorkshopRepository workshops, Clock clock) {
		this.workshops = workshops;
		this.clock = clock;
	}

	public Workshop schedule(WorkshopPlan plan) {
		Workshop workshop = Workshop.schedule(UUID.randomUUID().toString(), plan, this.clock);
		this.workshops.add(workshop, WorkshopAnnouncements.scheduled(workshop));
		log.info("Scheduled workshop {} with {} session(s)", workshop.id(), workshop.sessions().size());
		return workshop;
	}

	/**
	 * A new draft planned like an existing workshop, moved in time: the next round of a
	 * series without typing it in again. A draft, so nothing is announced until staff
	 * have looked it over and scheduled it.
	 * @param zone whose wall-clock time the shift moves in (the one staff plan in)
	 */
	public Workshop copy(String sourceId, CopyShift shift, ZoneId zone) {
		Workshop source = this.workshops.findById(sourceId)
			.orElseThrow(() -> new NotFound("id", "Fant ikke verkstedet."));
		Workshop copy = source.copyAsDraft(UUID.randomUUID().toString(), shift, zone, this.clock);
		this.workshops.add(copy, List.of());
		log.info("Copied workshop {} as draft {}", source.id(), copy.id());
		return copy;
	}

	/** A draft is not announced: other services first hear of it when it is scheduled. */
	public Workshop draft(WorkshopPlan plan) {
		Workshop workshop = Workshop.draft(UUID.randomUUID().toString(), plan, this.clock);
		this.workshops.add(workshop, List.of());
		log.info("Drafted workshop {} with {} session(s)", workshop.id(), workshop.sessions().size());
		return workshop;
	}

}
