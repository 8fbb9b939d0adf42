package no.ks.kulturskole.registration.delegation;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionChanged;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopCompleted;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.model.WorkshopStatus;
import no.ks.kulturskole.registration.privacy.application.Erasures;
import no.ks.kulturskole.registration.privacy.application.RetentionByDefault;
import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.privacy.DataKeys;
import no.ks.kulturskole.testsupport.MutableClock;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What workshop-service tells on {@code workshop.events} reaches the delegations: new
 * sessions and capacity promote, closing stops registrations, cancelling cancels. Also
 * the staff's moves over HTTP.
 */
class WorkshopLifecycleIntegrationTests extends OnSharedInfrastructure {

	@Autowired
	EventPublisher eventPublisher;

	@Autowired
	OutboxEntries outboxEntries;

	@Autowired
	Erasures erasures;

	@Test
	void anOverflowSessionFromWorkshopServicePromotesTheWaitingDelegationAndARedeliveryChangesNothing() {
		String workshopId = scheduledThroughKafka(4);
		register(workshopId, registration("4601", 4));
		String waiting = body(register(workshopId, registration("0301", 4))).get("delegationId").asString();
		SessionAdded overflow = new SessionAdded(UUID.randomUUID(), workshopId, Instant.now(),
				SessionAdded.SCHEMA_VERSION, new SessionDetails("s-2", Instant.now().plus(Duration.ofDays(41)),
						Instant.now().plus(Duration.ofDays(41)).plusSeconds(9000), 4, "https://meet.example/2"));

		publish(overflow);

		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 6 + 7 + 1);
		assertThat(typesOf(published)).endsWith("DelegationWaitlisted", "DelegationPromoted");
		DelegationPromoted promoted = (DelegationPromoted) this.json
			.readValue(published.get(published.size() - 1).value(), RegistrationEvent.class);
		assertThat(promoted.delegationId()).isEqualTo(waiting);
		assertThat(promoted.sessionId()).isEqualTo("s-2");
		long version = aggregate(workshopId).version();

		publish(overflow);
		publish(new SessionChanged(UUID.randomUUID(), workshopId, Instant.now(), SessionChanged.SCHEMA_VERSION, "s-1",
				40));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(aggregate(workshopId).workshop().session("s-1").orElseThrow().capacity())
				.isEqualTo(40));
		// the redelivered SessionAdded came before the SessionChanged on the same
		// partition
		assertThat(aggregate(workshopId).version()).isEqualTo(version + 1);
		assertThat(aggregate(workshopId).workshop().sessions()).hasSize(2);
	}

	@Test
	void aCapacityRaisedByWorkshopServicePromotesTheFirstWaitingDelegationThatFits() {
		String workshopId = scheduledThroughKafka(4);
		register(workshopId, registration("4601", 4));
		String oslo = body(register(workshopId, registration("0301", 4))).get("delegationId").asString();
		String stavanger = body(register(workshopId, registration("1103", 3))).get("delegationId").asString();
		String tromso = body(register(workshopId, registration("5501", 2))).get("delegationId").asString();

		// three more seats: too few for Oslo's four, enough for Stavanger's three, and
		// then none are left for Tromsø, who came later
		publish(new SessionChanged(UUID.randomUUID(), workshopId, Instant.now(), SessionChanged.SCHEMA_VERSION, "s-1",
				7));

		List<TopicProbe.PublishedRecord> published = awaitEverythingPublished(workshopId, 6 + 7 + 6 + 5 + 1);
		assertThat(published).hasSize(6 + 7 + 6 + 5 + 1);
		assertThat(typesOf(published)).endsWith("DelegationWaitlisted", "DelegationPromoted")
			.filteredOn("DelegationPromoted"::equals)
			.hasSize(1);
		DelegationPromoted promoted = (DelegationPromoted) this.json
			.readValue(published.get(published.size() - 1).value(), RegistrationEvent.class);
		assertThat(promoted.delegationId()).isEqualTo(stavanger);
		assertThat(promoted.sessionId()).isEqualTo("s-1");
		assertThat(promoted.participantCount()).isEqualTo(3);
		assertThat(aggregate(workshopId).confirmedPersonsIn("s-1")).isEqualTo(7);
		assertThat(aggregate(workshopId).waitingList()).extracting(delegation -> delegation.delegationId())
			.containsExactly(oslo, tromso);
	}

	@Test
	void aClosedWorkshopRefusesNewRegistrationsWithAProblem() {
		String workshopId = scheduledThroughKafka(20);
		register(workshopId, registration("4601", 3));

		publish(new RegistrationClosed(UUID.randomUUID(), workshopId, Instant.now(), RegistrationClosed.SCHEMA_VERSION,
				"STAFF"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> aggregate(workshopId).workshop().status() == WorkshopStatus.CLOSED);

		HttpResponse<String> late = register(workshopId, registration("0301", 3));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(body(late).get("errors").get(0).get("field").asString()).isEqualTo("workshopId");
		assertThat(aggregate(workshopId).delegations()).hasSize(1);
	}

	@Test
	void aCancelledWorkshopCancelsEveryDelegationWithTheReasonOnRegistrationEvents() {
		String workshopId = scheduledThroughKafka(4);
		JsonNode bergen = body(register(workshopId, registration("4601", 4)));
		register(workshopId, registration("0301", 4));
		String erasure = "/api/public/registrations/" + bergen.get("delegationId").asString() + "/erasure";
		Map<String, String> withToken = Map.of("X-Manage-Token", bergen.get("manageToken").asString());
		// the coordinator's own erasure: not while the workshop is on, never without the
		// link's secret
		HttpResponse<String> tooEarly = send("POST", erasure, withToken, null);
		assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(409);
		assertThat(tooEarly.body()).contains("workshop-not-over");
		assertThat(send("POST", erasure, Map.of(), null).statusCode()).isEqualTo(401);
		assertThat(send("POST", erasure, Map.of("X-Manage-Token", "feil"), null).statusCode()).isEqualTo(404);

		publish(new WorkshopCancelled(UUID.randomUUID(), workshopId, Instant.now(), WorkshopCancelled.SCHEMA_VERSION,
				"Foredragsholderen er syk"));

		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 6 + 7 + 2);
		List<DelegationCancelled> cancelled = published.subList(13, 15)
			.stream()
			.map(record -> (DelegationCancelled) this.json.readValue(record.value(), RegistrationEvent.class))
			.toList();
		assertThat(cancelled).extracting(DelegationCancelled::reason).containsOnly("Foredragsholderen er syk");
		assertThat(cancelled).extracting(DelegationCancelled::previousStatus)
			.containsExactly(SeatStatus.CONFIRMED, SeatStatus.WAITLISTED);
		assertThat(register(workshopId, registration("5001", 3)).statusCode()).isEqualTo(409);

		// once it is over, the coordinator may have the delegation's personal data erased
		HttpResponse<String> erased = send("POST", erasure, withToken, null);
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(202);
		assertThat(body(erased).get("erasureId").asString()).isNotBlank();
		assertThat(aggregate(workshopId).delegation(bergen.get("delegationId").asString())
			.orElseThrow()
			.coordinator()
			.name()).isEqualTo("slettet");
	}

	@Test
	void aCompletedWorkshopsDelegationsAreErasedNinetyDaysLaterOnceAndNotBefore() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();
		String delegationId = body(register(workshopId, registration("4601", 2))).get("delegationId").asString();
		assertThat(
				body(get("/api/registrations/retention?workshopId=" + workshopId)).get("personalDataErasedAt").isNull())
			.isTrue();
		// completed long ago, so that the movable clock reaches no other test's workshop
		Instant completedAt = Instant.now().minus(Duration.ofDays(200)).truncatedTo(ChronoUnit.MILLIS);
		this.replica
			.apply(new WorkshopCompleted(UUID.randomUUID(), workshopId, completedAt, WorkshopCompleted.SCHEMA_VERSION));
		MutableClock clock = new MutableClock(completedAt.plus(Duration.ofDays(89)));
		RetentionByDefault retention = new RetentionByDefault(this.store, this.erasures, clock, Duration.ofDays(90));

		// staff see the date; strangers do not
		String retentionPath = "/api/registrations/retention?workshopId=" + workshopId;
		assertThat(body(get(retentionPath)).get("personalDataErasedAt").asString())
			.isEqualTo(completedAt.plus(Duration.ofDays(90)).toString());
		assertThat(send("GET", retentionPath, Map.of("Authorization", ""), null).statusCode()).isEqualTo(401);
		assertThat(get("/api/registrations/retention?workshopId=" + UUID.randomUUID()).statusCode()).isEqualTo(404);

		assertThat(retention.eraseDue()).isZero();
		assertThat(storedJson(workshopId)).contains("kari@k4601.no");
		assertThat(this.mongo.findById(delegationId, Document.class, DataKeys.COLLECTION)).containsKey("key");

		clock.advance(Duration.ofDays(2));

		assertThat(retention.eraseDue()).isEqualTo(1);
		assertThat(storedJson(workshopId)).doesNotContain("@k4601.no", "Kari", "Deltaker");
		assertThat(aggregate(workshopId).delegation(delegationId).orElseThrow().personCount()).isEqualTo(2);
		Document key = this.mongo.findById(delegationId, Document.class, DataKeys.COLLECTION);
		assertThat(key).doesNotContainKey("key").containsEntry("erased", true);
		// once erased, never again
		assertThat(retention.eraseDue()).isZero();
		assertThat(this.mongo.findById(delegationId, Document.class, DataKeys.COLLECTION).get("erasedAt"))
			.isEqualTo(key.get("erasedAt"));
	}

	@Test
	void reschedulingMovesTheDeadlineSoRegistrationsFollowTheNewOne() {
		String workshopId = scheduledThroughKafka(20);
		WorkshopScheduled original = workshopScheduled(workshopId, "Verksted", 2, null, false, inThirtyDays(), 20);

		publish(new WorkshopRescheduled(UUID.randomUUID(), workshopId, Instant.now(),
				WorkshopRescheduled.SCHEMA_VERSION, 1, Instant.now().minus(Duration.ofHours(1)), original.sessions(),
				"Flyttet"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> aggregate(workshopId).workshop().registrationDeadline().isBefore(Instant.now()));

		HttpResponse<String> late = register(workshopId, registration("4601", 3));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("registration-deadline-passed");
	}

	@Test
	void staffMoveADelegationWholeAndTheWaitingListIntoASessionAsFarAsWholeGroupsFit() {
		WorkshopScheduled scheduled = scheduleWorkshop(2, null, false, inThirtyDays(), 4, 8);
		String workshopId = scheduled.workshopId();
		String bergen = body(register(workshopId, registration("4601", 4))).get("delegationId").asString();
		String oslo = body(register(workshopId, registration("0301", 4))).get("delegationId").asString();

		HttpResponse<String> moved = move(bergen, "s-2");
		register(workshopId, registration("5001", 4));
		String tromso = body(register(workshopId, registration("5501", 4))).get("delegationId").asString();
		String stavanger = body(register(workshopId, registration("1103", 3))).get("delegationId").asString();
		HttpResponse<String> full = move(oslo, "s-1");
		HttpResponse<String> unknown = move(oslo, "s-9");

		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(body(moved).get("moved").get(0).asString()).isEqualTo(bergen);
		assertThat(aggregate(workshopId).confirmedPersonsIn("s-2")).isEqualTo(8);
		assertThat(full.statusCode()).isEqualTo(409);
		assertThat(body(full).get("errors").get(0).get("field").asString()).isEqualTo("sessionId");
		assertThat(unknown.statusCode()).isEqualTo(404);

		// a new description of the workshop with a third session replaces the replica
		// without promotions: staff decide who goes there
		WorkshopScheduled withThird = workshopScheduled(workshopId, "Verksted", 2, null, false, inThirtyDays(), 4, 8,
				5);
		this.replica.apply(withThird);
		HttpResponse<String> bulk = post("/api/registrations/waiting-list/moves", "application/json",
				"{\"workshopId\":\"" + workshopId + "\",\"sessionId\":\"s-3\"}", Map.of());

		assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
		assertThat(body(bulk).get("moved")).extracting(JsonNode::asString).containsExactly(tromso);
		HttpResponse<String> unknownWorkshop = post("/api/registrations/waiting-list/moves", "application/json",
				"{\"workshopId\":\"" + UUID.randomUUID() + "\",\"sessionId\":\"s-3\"}", Map.of());
		assertThat(unknownWorkshop.statusCode()).isEqualTo(404);
		assertThat(body(unknownWorkshop).get("errors").get(0).get("field").asString()).isEqualTo("workshopId");
		assertThat(aggregate(workshopId).waitingList()).extracting(delegation -> delegation.delegationId())
			.containsExactly(stavanger);
		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 6 + 6 + 1 + 6 + 7 + 6 + 1);
		assertThat(typesOf(published)).containsSubsequence("DelegationMoved", "DelegationMoved")
			.filteredOn("DelegationMoved"::equals)
			.hasSize(2);
	}

	@Test
	void staffCancelADelegationAfterTheDeadlineAndTheWaitingDelegationMovesUp() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 4).workshopId();
		String bergen = body(register(workshopId, registration("4601", 4))).get("delegationId").asString();
		String oslo = body(register(workshopId, registration("0301", 4))).get("delegationId").asString();
		this.replica.apply(new WorkshopRescheduled(UUID.randomUUID(), workshopId, Instant.now(),
				WorkshopRescheduled.SCHEMA_VERSION, 1, Instant.now().minusSeconds(60),
				aggregate(workshopId).workshop()
					.sessions()
					.stream()
					.map(session -> new SessionDetails(session.sessionId(), session.startsAt(), session.endsAt(),
							session.capacity(), null))
					.toList(),
				"Fristen er ute"));

		HttpResponse<String> cancelled = send("DELETE",
				"/api/registrations/" + bergen + "?reason=Meldte%20avbud%20p%C3%A5%20telefon", Map.of(), null);

		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);
		assertThat(body(get("/api/public/registrations/" + bergen)).get("cancelled").asBoolean()).isTrue();
		assertThat(body(get("/api/public/registrations/" + oslo)).get("status").asString()).isEqualTo("CONFIRMED");
		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 6 + 7 + 2);
		DelegationCancelled event = (DelegationCancelled) this.json.readValue(published.get(13).value(),
				RegistrationEvent.class);
		assertThat(event.reason()).isEqualTo("Meldte avbud på telefon");
		assertThat(published.get(14).type()).isEqualTo("DelegationPromoted");
	}

	private HttpResponse<String> move(String delegationId, String sessionId) {
		return post("/api/registrations/" + delegationId + "/move", "application/json",
				"{\"sessionId\":\"" + sessionId + "\"}", Map.of());
	}

	private String scheduledThroughKafka(int capacity) {
		String workshopId = UUID.randomUUID().toString();
		publish(workshopScheduled(workshopId, "Verksted", 2, null, false, inThirtyDays(), capacity));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.store.find(workshopId).isPresent());
		return workshopId;
	}

	private void publish(DomainEvent event) {
		this.eventPublisher.publish(this.outboxEntries.of(event));
	}

}
