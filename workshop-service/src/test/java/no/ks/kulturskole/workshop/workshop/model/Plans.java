package no.ks.kulturskole.workshop.workshop.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A valid online plan, changed one field at a time by the tests. */
final class Plans {

	static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");

	static final Instant DEADLINE = Instant.parse("2027-03-01T22:59:00Z");

	static final Instant STARTS = Instant.parse("2027-03-10T08:00:00Z");

	static final Instant ENDS = Instant.parse("2027-03-10T10:30:00Z");

	static final String MEETING_URL = "https://møte.example.no/kulturskole";

	String title = "Kulturskolen som utviklingsaktør";

	String description = "Digitalt verksted";

	String programme = "Fremtidens kulturskole";

	FormatKind format = FormatKind.ONLINE;

	String venue;

	String meetingUrl = MEETING_URL;

	String language;

	Instant registrationDeadline = DEADLINE;

	Integer minDelegationSize = 2;

	Integer maxDelegationSize = 6;

	boolean outsideRoleRequired = true;

	List<SessionPlan> sessions = new ArrayList<>(List.of(new SessionPlan(STARTS, ENDS, 60, null)));

	List<String> organisers = new ArrayList<>(List.of("KS", "Norsk kulturskoleråd"));

	String targetGroup = "Kulturskoleledere og kommunalt ansatte";

	Boolean free = true;

	static Plans valid() {
		return new Plans();
	}

	Plans venue(String address) {
		this.format = FormatKind.VENUE;
		this.venue = address;
		this.meetingUrl = null;
		return this;
	}

	Plans session(Instant startsAt, Instant endsAt, Integer capacity, String meetingUrl) {
		this.sessions.add(new SessionPlan(startsAt, endsAt, capacity, meetingUrl));
		return this;
	}

	Plans onlySession(Instant startsAt, Instant endsAt, Integer capacity, String meetingUrl) {
		this.sessions.clear();
		return session(startsAt, endsAt, capacity, meetingUrl);
	}

	WorkshopPlan plan() {
		return new WorkshopPlan(this.title, this.description, this.programme, this.format, this.venue, this.meetingUrl,
				this.language, this.registrationDeadline, this.minDelegationSize, this.maxDelegationSize,
				this.outsideRoleRequired, this.sessions, this.organisers, this.targetGroup, this.free);
	}

}
