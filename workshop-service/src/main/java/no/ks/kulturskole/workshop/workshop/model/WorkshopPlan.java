package no.ks.kulturskole.workshop.workshop.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A workshop as staff asked for it, before the rules have been checked. Sessions keep the
 * order of the request so that a refusal can name the session by its index.
 *
 * @param venue the address, only for {@link FormatKind#VENUE}
 * @param meetingUrl the link for all sessions, only for {@link FormatKind#ONLINE}
 * @param language IETF language tag; {@code null} or blank means {@code nb}
 * @param maxDelegationSize {@code null} when there is no upper limit
 * @param organisers {@code null} means the programme's own
 * ({@link Offering#DEFAULT_ORGANISERS}); an empty list is refused
 * @param targetGroup {@code null} or blank when not given
 * @param free {@code null} means free ({@link Offering#DEFAULT_FREE})
 */
public record WorkshopPlan(String title, String description, String programme, FormatKind format, String venue,
		String meetingUrl, String language, Instant registrationDeadline, Integer minDelegationSize,
		Integer maxDelegationSize, boolean outsideRoleRequired, List<SessionPlan> sessions, List<String> organisers,
		String targetGroup, Boolean free) {

	public WorkshopPlan {
		sessions = (sessions != null) ? List.copyOf(sessions) : List.of();
		// Not List.copyOf: it refuses null elements, which the rules refuse by name.
		organisers = (organisers != null) ? Collections.unmodifiableList(new ArrayList<>(organisers)) : null;
	}

	/** The format this (checked) plan asks for, with its address or link. */
	Format askedFormat() {
		return switch (this.format) {
			case ONLINE -> new Format.Online(SchedulingRules.blankToNull(this.meetingUrl));
			case VENUE -> new Format.Venue(this.venue.strip());
		};
	}

	/** The language asked for, else {@link Workshop#DEFAULT_LANGUAGE}. */
	String languageOrDefault() {
		return SchedulingRules.isBlank(this.language) ? Workshop.DEFAULT_LANGUAGE : this.language.strip();
	}

}
