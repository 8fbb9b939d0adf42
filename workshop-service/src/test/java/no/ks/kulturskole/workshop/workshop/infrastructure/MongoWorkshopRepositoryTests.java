package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.workshop.workshop.model.FormatKind;
import no.ks.kulturskole.workshop.workshop.model.Offering;
import no.ks.kulturskole.workshop.workshop.model.SessionPlan;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopPlan;
import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository against the MongoDB wire-protocol server, without Spring around it. */
class MongoWorkshopRepositoryTests {

	private static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");

	private static final Instant DEADLINE = Instant.parse("2027-03-01T22:59:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private final MongoClient client = MongoClients.create(TestInfrastructure.mongoUri());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "repository-" + UUID.randomUUID());

	private final MongoWorkshopRepository workshops = new MongoWorkshopRepository(this.mongo,
			new OutboxEntries(JsonMapper.builder().build()), CLOCK);

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void aChangeFromAStaleVersionIsNotWritten() {
		Workshop stored = added();
		Workshop closedHere = stored.closeRegistration();
		Workshop cancelledElsewhere = stored.cancel("Grunn");

		assertThat(this.workshops.replace(cancelledElsewhere, List.of())).isTrue();
		assertThat(this.workshops.replace(closedHere, List.of(closed(stored)))).isFalse();

		Workshop now = this.workshops.findById(stored.id()).orElseThrow();
		assertThat(now.status()).isEqualTo(WorkshopStatus.CANCELLED);
		assertThat(now.version()).isEqualTo(stored.version() + 1);
		assertThat(raw(stored.id()).getList("outbox", Document.class)).hasSize(1);
	}

	@Test
	void aChangeAddsItsEventsWithoutBringingBackThoseAlreadyRelayed() {
		Workshop stored = added();
		// What the relay does once the broker has the first event.
		String relayed = raw(stored.id()).getList("outbox", Document.class).get(0).getString("eventId");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.id())),
				new Update().pull("outbox", new Document("eventId", relayed)), "workshops");
		RegistrationClosed change = closed(stored);

		assertThat(this.workshops.replace(stored.closeRegistration(), List.of(change))).isTrue();

		assertThat(raw(stored.id()).getList("outbox", Document.class)).extracting(entry -> entry.getString("eventId"))
			.containsExactly(change.eventId().toString());
	}

	@Test
	void theTimetableFindsWorkshopsWhoseNextMomentHasCome() {
		Workshop stored = added();

		assertThat(this.workshops.findDue(DEADLINE.minusMillis(1), 10)).isEmpty();
		assertThat(this.workshops.findDue(DEADLINE, 10)).extracting(Workshop::id).containsExactly(stored.id());
	}

	@Test
	void workshopsStoredBeforeTheTimetableGetTheirNextMomentOnStartUp() {
		Workshop stored = added();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.id())),
				new Update().unset("lastSessionEndsAt").unset("nextDueAt").unset("revision"), "workshops");
		assertThat(this.workshops.findDue(DEADLINE, 10)).isEmpty();

		this.workshops.addTimetableFieldsToOlderWorkshops();

		assertThat(this.workshops.findDue(DEADLINE, 10)).extracting(Workshop::id).containsExactly(stored.id());
		assertThat(raw(stored.id()).getDate("nextDueAt")).isEqualTo(Date.from(DEADLINE));
	}

	@Test
	void organisersTargetGroupAndPriceAreKeptAndAClearedTargetGroupIsRemoved() {
		Workshop draft = Workshop.draft(UUID.randomUUID().toString(), plan(List.of("KS"), "Kulturskoleledere", false),
				CLOCK);
		this.workshops.add(draft, List.of());
		Workshop stored = this.workshops.findById(draft.id()).orElseThrow();
		assertThat(stored.offering()).isEqualTo(new Offering(List.of("KS"), "Kulturskoleledere", false));

		Workshop revised = stored.revise(plan(List.of("KS", "Norsk kulturskoleråd"), null, true), CLOCK);
		assertThat(this.workshops.replace(revised, List.of())).isTrue();

		assertThat(this.workshops.findById(stored.id()).orElseThrow().offering())
			.isEqualTo(new Offering(List.of("KS", "Norsk kulturskoleråd"), null, true));
		assertThat(raw(stored.id())).doesNotContainKey("targetGroup");
	}

	@Test
	void aWorkshopStoredBeforeOrganisersAndPriceExistedIsReadWithNoneKnown() {
		Workshop stored = added();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.id())),
				new Update().unset("organisers").unset("targetGroup").unset("free"), "workshops");

		assertThat(this.workshops.findById(stored.id()).orElseThrow().offering()).isEqualTo(Offering.UNKNOWN);
	}

	private Workshop added() {
		Workshop workshop = Workshop.schedule(UUID.randomUUID().toString(), plan(List.of("KS"), null, true), CLOCK);
		this.workshops.add(workshop, closed(workshop));
		return this.workshops.findById(workshop.id()).orElseThrow();
	}

	private static WorkshopPlan plan(List<String> organisers, String targetGroup, Boolean free) {
		return new WorkshopPlan("Verksted", null, null, FormatKind.ONLINE, null, "https://møte.example.no/1", null,
				DEADLINE, 2, null, false, List.of(new SessionPlan(Instant.parse("2027-03-10T08:00:00Z"),
						Instant.parse("2027-03-10T10:30:00Z"), 60, null)),
				organisers, targetGroup, free);
	}

	private static RegistrationClosed closed(Workshop workshop) {
		return new RegistrationClosed(UUID.randomUUID(), workshop.id(), NOW, 1, "STAFF");
	}

	private Document raw(String id) {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "workshops");
	}

}
