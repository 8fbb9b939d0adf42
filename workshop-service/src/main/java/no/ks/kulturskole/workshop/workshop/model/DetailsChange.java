package no.ks.kulturskole.workshop.workshop.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What staff ask to change in how a workshop describes itself, before the rules have been
 * checked. {@code null} keeps what the workshop has; a blank description, target group or
 * meeting link removes it. Times, sessions, the deadline and the delegation rules are not
 * part of it: they change by their own steps, or not at all once published.
 *
 * @param organisers an empty list is refused, as when creating
 * @param format a new format; {@code VENUE} needs an address, {@code ONLINE} a link for
 * every session
 * @param venue the address, only for {@link FormatKind#VENUE}; kept when the format stays
 * a venue and none is given
 * @param meetingUrl the link for all sessions, only for {@link FormatKind#ONLINE}; kept
 * when the format stays online and none is given
 * @param language IETF language tag; {@code null} or blank keeps the current one
 */
public record DetailsChange(String title, String description, List<String> organisers, String targetGroup, Boolean free,
		FormatKind format, String venue, String meetingUrl, String language) {

	public DetailsChange {
		// Not List.copyOf: it refuses null elements, which the rules refuse by name.
		organisers = (organisers != null) ? Collections.unmodifiableList(new ArrayList<>(organisers)) : null;
	}

}
