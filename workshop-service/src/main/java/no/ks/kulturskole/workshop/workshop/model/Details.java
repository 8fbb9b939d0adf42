package no.ks.kulturskole.workshop.workshop.model;

import java.util.List;

/**
 * How a workshop describes itself, the part staff may change until it is over: title,
 * description, offering, format and language, with the sessions (whose own links go when
 * a workshop moves to a venue). A value, so that a change that changes nothing is noticed
 * by equality.
 */
record Details(String title, String description, Offering offering, Format format, String language,
		List<Session> sessions) {

	static Details of(Workshop workshop) {
		return new Details(workshop.title(), workshop.description(), workshop.offering(), workshop.format(),
				workshop.language(), workshop.sessions());
	}

	/**
	 * The details after {@code change}, checked by the same rules as when the workshop
	 * was created ({@link SchedulingRules#checkDetails}); what the change leaves out
	 * stays. A venue or link is kept only while the format stays the same kind.
	 */
	static Details changed(Workshop current, DetailsChange change) {
		Format format = current.format();
		FormatKind kind = (change.format() != null) ? change.format() : format.kind();
		String venue = (change.venue() != null) ? change.venue()
				: (kind == FormatKind.VENUE && format instanceof Format.Venue same) ? same.address() : null;
		String meetingUrl = (change.meetingUrl() != null) ? change.meetingUrl()
				: (kind == FormatKind.ONLINE && format instanceof Format.Online same) ? same.meetingUrl() : null;
		List<Session> sessions = current.sessions()
			.stream()
			.map(session -> (kind == FormatKind.ONLINE) ? session
					: new Session(session.sessionId(), session.startsAt(), session.endsAt(), session.capacity(), null))
			.toList();
		WorkshopPlan plan = new WorkshopPlan((change.title() != null) ? change.title() : current.title(),
				(change.description() != null) ? change.description() : current.description(), current.programme(),
				kind, venue, meetingUrl, change.language(), current.registrationDeadline(),
				current.delegationSize().min(), current.delegationSize().max(), current.outsideRoleRequired(),
				sessions.stream()
					.map(session -> new SessionPlan(session.startsAt(), session.endsAt(), session.capacity(),
							session.meetingUrl()))
					.toList(),
				change.organisers(), change.targetGroup(), change.free());
		SchedulingRules.checkDetails(plan);
		Offering offering = current.offering();
		return new Details(plan.title().strip(), SchedulingRules.blankToNull(plan.description()),
				new Offering(
						(change.organisers() != null) ? change.organisers().stream().map(String::strip).toList()
								: offering.organisers(),
						(change.targetGroup() != null) ? SchedulingRules.blankToNull(change.targetGroup())
								: offering.targetGroup(),
						(change.free() != null) ? change.free() : offering.free()),
				plan.askedFormat(),
				SchedulingRules.isBlank(change.language()) ? current.language() : change.language().strip(), sessions);
	}

}
