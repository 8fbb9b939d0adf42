package no.ks.kulturskole.workshop.workshop.application;

import java.util.UUID;

import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.Workshop;

/** Translates the workshop model into the events other services read. */
final class WorkshopAnnouncements {

	private WorkshopAnnouncements() {
	}

	/**
	 * Each session carries the link its participants will get (its own or the
	 * workshop's), so that consumers never need to know where a link came from.
	 */
	static WorkshopScheduled scheduled(Workshop workshop) {
		return new WorkshopScheduled(UUID.randomUUID(), workshop.id(), workshop.scheduledAt(),
				WorkshopScheduled.SCHEMA_VERSION, workshop.title(), workshop.description(), workshop.programme(),
				formatOf(workshop.format()), venueOf(workshop.format()), workshop.language(),
				workshop.registrationDeadline(), workshop.delegationSize().min(), workshop.delegationSize().max(),
				workshop.outsideRoleRequired(),
				workshop.sessions()
					.stream()
					.map(session -> new SessionDetails(session.sessionId(), session.startsAt(), session.endsAt(),
							session.capacity(), workshop.meetingUrlFor(session)))
					.toList());
	}

	private static WorkshopFormat formatOf(Format format) {
		return switch (format) {
			case Format.Online ignored -> WorkshopFormat.ONLINE;
			case Format.Venue ignored -> WorkshopFormat.VENUE;
		};
	}

	private static String venueOf(Format format) {
		return (format instanceof Format.Venue venue) ? venue.address() : null;
	}

}
