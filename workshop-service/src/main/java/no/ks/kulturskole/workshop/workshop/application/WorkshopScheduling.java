package no.ks.kulturskole.workshop.workshop.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

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

	/** A draft is not announced: other services first hear of it when it is scheduled. */
	public Workshop draft(WorkshopPlan plan) {
		Workshop workshop = Workshop.draft(UUID.randomUUID().toString(), plan, this.clock);
		this.workshops.add(workshop, List.of());
		log.info("Drafted workshop {} with {} session(s)", workshop.id(), workshop.sessions().size());
		return workshop;
	}

}
