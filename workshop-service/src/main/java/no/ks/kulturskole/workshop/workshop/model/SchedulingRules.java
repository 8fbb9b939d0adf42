package no.ks.kulturskole.workshop.workshop.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * The rules a plan must satisfy before a workshop opens for registration. Each refusal
 * names the request field at fault, with sessions by their index in the request, and
 * speaks to the staff member in Norwegian.
 */
final class SchedulingRules {

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	/** As many as a workshop day (or a few) can sensibly hold. */
	static final int MAX_SESSIONS = 20;

	private SchedulingRules() {
	}

	static void check(WorkshopPlan plan, Instant now) {
		checkDetails(plan);
		checkDelegationSize(plan);
		checkSessions(plan);
		checkDeadline(plan, now);
	}

	/**
	 * What a workshop says about itself: title, organisers, target group, format with its
	 * venue or links, and language. The same rules whether it is being created or its
	 * details are changed after publishing.
	 */
	static void checkDetails(WorkshopPlan plan) {
		checkTitle(plan);
		checkOffering(plan);
		checkFormat(plan);
		checkLanguage(plan);
	}

	private static void checkTitle(WorkshopPlan plan) {
		if (isBlank(plan.title())) {
			throw new RuleViolation("title", "title-required", "Tittel må fylles ut.");
		}
	}

	private static void checkOffering(WorkshopPlan plan) {
		List<String> organisers = plan.organisers();
		if (organisers != null) {
			checkOrganisers(organisers);
		}
		if (plan.targetGroup() != null && plan.targetGroup().strip().length() > Offering.MAX_TARGET_GROUP_LENGTH) {
			throw new RuleViolation("targetGroup", "target-group-too-long",
					"Målgruppen kan ha høyst " + Offering.MAX_TARGET_GROUP_LENGTH + " tegn.");
		}
	}

	private static void checkOrganisers(List<String> organisers) {
		if (organisers.isEmpty()) {
			throw new RuleViolation("organisers", "organiser-required",
					"Verkstedet må ha minst én arrangør, for eksempel «KS» eller «Norsk kulturskoleråd».");
		}
		if (organisers.size() > Offering.MAX_ORGANISERS) {
			throw new RuleViolation("organisers", "too-many-organisers",
					"Et verksted kan ha høyst " + Offering.MAX_ORGANISERS + " arrangører.");
		}
		Set<String> seen = new HashSet<>();
		for (int index = 0; index < organisers.size(); index++) {
			String field = "organisers[" + index + "]";
			String organiser = organisers.get(index);
			if (isBlank(organiser)) {
				throw new RuleViolation(field, "organiser-blank", "Arrangøren må ha et navn.");
			}
			if (organiser.strip().length() > Offering.MAX_ORGANISER_LENGTH) {
				throw new RuleViolation(field, "organiser-too-long",
						"Navnet på en arrangør kan ha høyst " + Offering.MAX_ORGANISER_LENGTH + " tegn.");
			}
			// Case-insensitive: «KS» and «ks» are the same organiser named twice.
			if (!seen.add(organiser.strip().toLowerCase(Locale.ROOT))) {
				throw new RuleViolation(field, "organiser-duplicate", "Arrangøren er allerede nevnt.");
			}
		}
	}

	private static void checkFormat(WorkshopPlan plan) {
		if (plan.format() == null) {
			throw new RuleViolation("format", "format-required",
					"Format må være ONLINE (digitalt) eller VENUE (fysisk).");
		}
		switch (plan.format()) {
			case ONLINE -> checkOnline(plan);
			case VENUE -> checkVenue(plan);
		}
	}

	private static void checkOnline(WorkshopPlan plan) {
		if (!isBlank(plan.venue())) {
			throw new RuleViolation("venue", "venue-not-allowed",
					"Adresse til lokale kan bare oppgis for fysiske verksted (format VENUE).");
		}
		if (!isBlank(plan.meetingUrl())) {
			checkUrl("meetingUrl", plan.meetingUrl());
		}
		else if (plan.sessions().stream().anyMatch(session -> isBlank(session.meetingUrl()))) {
			throw new RuleViolation("meetingUrl", "meeting-url-required",
					"Digitale verksted må ha møtelenke, enten for hele verkstedet eller for hver økt.");
		}
	}

	private static void checkVenue(WorkshopPlan plan) {
		if (isBlank(plan.venue())) {
			throw new RuleViolation("venue", "venue-required",
					"Adresse til lokalet må fylles ut for fysiske verksted.");
		}
		if (!isBlank(plan.meetingUrl())) {
			throw new RuleViolation("meetingUrl", "meeting-url-not-allowed",
					"Møtelenke kan bare oppgis for digitale verksted (format ONLINE).");
		}
	}

	private static void checkLanguage(WorkshopPlan plan) {
		if (!isBlank(plan.language()) && !LANGUAGE_TAG.matcher(plan.language().strip()).matches()) {
			throw new RuleViolation("language", "language-invalid",
					"Språk må være en språkkode, for eksempel «nb» eller «nn».");
		}
	}

	private static void checkDelegationSize(WorkshopPlan plan) {
		if (plan.minDelegationSize() == null || plan.minDelegationSize() < 1) {
			throw new RuleViolation("minDelegationSize", "delegation-size-too-small",
					"Minste antall deltakere per kommune må være minst 1.");
		}
		if (plan.maxDelegationSize() != null && plan.maxDelegationSize() < plan.minDelegationSize()) {
			throw new RuleViolation("maxDelegationSize", "delegation-size-range",
					"Største antall deltakere per kommune kan ikke være mindre enn minste antall ("
							+ plan.minDelegationSize() + ").");
		}
	}

	private static void checkSessions(WorkshopPlan plan) {
		if (plan.sessions().isEmpty()) {
			throw new RuleViolation("sessions", "session-required", "Verkstedet må ha minst én økt.");
		}
		for (int index = 0; index < plan.sessions().size(); index++) {
			checkSession(plan, index);
		}
	}

	private static void checkSession(WorkshopPlan plan, int index) {
		checkSession("sessions[" + index + "].", plan.sessions().get(index), plan.format(), plan.minDelegationSize());
	}

	/**
	 * @param field prefix of the field names in the request, e.g. {@code sessions[1].}
	 */
	static void checkSession(String field, SessionPlan session, FormatKind format, int minDelegationSize) {
		checkTimes(field, session.startsAt(), session.endsAt());
		if (session.capacity() == null || session.capacity() < 1) {
			throw new RuleViolation(field + "capacity", "capacity-too-small", "Kapasiteten må være minst 1 person.");
		}
		// Delegations are never split, so a session smaller than the smallest delegation
		// could never take anyone.
		if (session.capacity() < minDelegationSize) {
			throw new RuleViolation(field + "capacity", "capacity-below-delegation-size",
					"Kapasiteten må gi plass til minst én delegasjon (" + minDelegationSize + " personer).");
		}
		if (!isBlank(session.meetingUrl())) {
			if (format == FormatKind.VENUE) {
				throw new RuleViolation(field + "meetingUrl", "meeting-url-not-allowed",
						"Møtelenke kan bare oppgis for digitale verksted (format ONLINE).");
			}
			checkUrl(field + "meetingUrl", session.meetingUrl());
		}
	}

	static void checkTimes(String field, Instant startsAt, Instant endsAt) {
		if (startsAt == null) {
			throw new RuleViolation(field + "startsAt", "session-start-required", "Økten må ha et starttidspunkt.");
		}
		if (endsAt == null) {
			throw new RuleViolation(field + "endsAt", "session-end-required", "Økten må ha et sluttidspunkt.");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw new RuleViolation(field + "endsAt", "session-ends-before-start",
					"Økten må slutte etter at den starter.");
		}
	}

	private static void checkDeadline(WorkshopPlan plan, Instant now) {
		Instant deadline = plan.registrationDeadline();
		if (deadline == null) {
			throw new RuleViolation("registrationDeadline", "deadline-required", "Påmeldingsfrist må fylles ut.");
		}
		if (!deadline.isAfter(now)) {
			throw new RuleViolation("registrationDeadline", "deadline-in-past",
					"Påmeldingsfristen kan ikke være passert.");
		}
		Instant firstStart = firstStart(plan.sessions());
		if (!deadline.isBefore(firstStart)) {
			throw new RuleViolation("registrationDeadline", "deadline-not-before-start",
					"Påmeldingsfristen må være før første økt starter.");
		}
	}

	private static Instant firstStart(List<SessionPlan> sessions) {
		return sessions.stream().map(SessionPlan::startsAt).min(Comparator.naturalOrder()).orElseThrow();
	}

	private static void checkUrl(String field, String url) {
		if (!isWebAddress(url.strip())) {
			throw new RuleViolation(field, "meeting-url-invalid",
					"Møtelenken må være en fullstendig nettadresse, for eksempel https://møte.example.no/123.");
		}
	}

	private static boolean isWebAddress(String candidate) {
		try {
			URI uri = new URI(candidate);
			String scheme = Objects.requireNonNullElse(uri.getScheme(), "").toLowerCase();
			// The authority, not the host: java.net.URI leaves the host empty for
			// Norwegian
			// domain names with æ, ø or å, which are real addresses.
			return (scheme.equals("https") || scheme.equals("http")) && !isBlank(uri.getRawAuthority());
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** Text as stored: stripped, and {@code null} when there is none. */
	static String blankToNull(String value) {
		return isBlank(value) ? null : value.strip();
	}

}
