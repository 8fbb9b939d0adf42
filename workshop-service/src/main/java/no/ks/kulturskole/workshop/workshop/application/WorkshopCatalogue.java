package no.ks.kulturskole.workshop.workshop.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.workshop.workshop.model.Workshop;

import org.springframework.stereotype.Service;

/** Reads workshops for staff and for the public pages. */
@Service
public class WorkshopCatalogue {

	private final WorkshopRepository workshops;

	private final Clock clock;

	public WorkshopCatalogue(WorkshopRepository workshops, Clock clock) {
		this.workshops = workshops;
		this.clock = clock;
	}

	public List<Workshop> all() {
		return this.workshops.findAll();
	}

	public List<Workshop> find(WorkshopFilter filter) {
		return this.workshops.find(filter, now());
	}

	public Workshop byId(String id) {
		return this.workshops.findById(id).orElseThrow(WorkshopCatalogue::notFound);
	}

	public List<Workshop> openForRegistration() {
		return this.workshops.findOpenForRegistration(now());
	}

	/**
	 * A workshop the public may see. It stays visible after its deadline (and when
	 * cancelled), so that links already shared keep working; only drafts are hidden.
	 */
	public Workshop publishedById(String id) {
		Workshop workshop = byId(id);
		if (!workshop.status().isPublished()) {
			throw notFound();
		}
		return workshop;
	}

	public Instant now() {
		return this.clock.instant();
	}

	private static NotFound notFound() {
		return new NotFound("id", "Fant ikke verkstedet.");
	}

}
