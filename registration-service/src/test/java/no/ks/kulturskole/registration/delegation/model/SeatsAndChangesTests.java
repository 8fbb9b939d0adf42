package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The waiting list as a queue of whole groups, the workshop's own changes, and what the
 * coordinator and staff change afterwards.
 */
class SeatsAndChangesTests {

	static final Instant NOW = Instant.parse("2027-02-20T10:00:00Z");

	static final Instant DEADLINE = Instant.parse("2027-03-01T22:59:00Z");

	static final Instant AFTER_DEADLINE = DEADLINE.plusSeconds(3600);

	static final Instant MORNING = Instant.parse("2027-03-10T08:00:00Z");

	static final Instant AFTERNOON = Instant.parse("2027-03-10T11:30:00Z");

	// ---- waiting list and promotion

	@Test
	void aWaitlistedDelegationIsAlsoAnnouncedAsWaitlistedAfterItsDelegates() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 6));

		RegistrationOutcome.Registered outcome = (RegistrationOutcome.Registered) registrations
			.register(request("0301", 4), NOW);

		assertThat(outcome.events()).hasSize(6);
		assertThat(outcome.events().get(5)).isInstanceOfSatisfying(DelegationWaitlisted.class, event -> {
			assertThat(event.delegationId()).isEqualTo(outcome.delegation().delegationId());
			assertThat(event.sessionId()).isEqualTo("morning");
			assertThat(event.participantCount()).isEqualTo(4);
		});
	}

	@Test
	void cancellingAConfirmedDelegationPromotesTheFirstWaitingDelegationWhole() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 4), request("0301", 4),
				request("5001", 4), request("1103", 4));

		Change change = registrations.cancel(idOf(registrations, "0301"), "Avmeldt av kontaktpersonen", NOW);

		assertThat(change.events()).hasSize(2);
		assertThat(change.events().get(0)).isInstanceOfSatisfying(DelegationCancelled.class, event -> {
			assertThat(event.delegationId()).isEqualTo(idOf(registrations, "0301"));
			assertThat(event.previousStatus()).isEqualTo(SeatStatus.CONFIRMED);
			assertThat(event.participantCount()).isEqualTo(4);
			assertThat(event.reason()).isEqualTo("Avmeldt av kontaktpersonen");
		});
		assertThat(change.events().get(1)).isInstanceOfSatisfying(DelegationPromoted.class, event -> {
			assertThat(event.delegationId()).isEqualTo(idOf(registrations, "5001"));
			assertThat(event.sessionId()).isEqualTo("morning");
			assertThat(event.participantCount()).isEqualTo(4);
		});
		assertThat(change.after().confirmedPersonsIn("morning")).isEqualTo(8);
		assertThat(numbersOf(change.after().waitingList())).containsExactly("1103");
		assertThat(change.after().activeDelegationOf("0301")).isEmpty();
	}

	@Test
	void aWaitingGroupTooLargeForTheFreedSeatsKeepsItsPlaceWhileALaterSmallerOneIsPromoted() {
		WorkshopRegistrations registrations = registerAll(workshop(6), request("4601", 3), request("0301", 3),
				request("5001", 5), request("1103", 3));

		Change change = registrations.cancel(idOf(registrations, "0301"), "Avmeldt", NOW);

		assertThat(promotedIds(change)).containsExactly(idOf(registrations, "1103"));
		assertThat(numbersOf(change.after().waitingList())).containsExactly("5001");
	}

	@Test
	void aGroupIsNeverSplitToUseTheLastSeats() {
		WorkshopRegistrations registrations = registerAll(workshop(7), request("4601", 4), request("0301", 3),
				request("5001", 4));

		Change change = registrations.cancel(idOf(registrations, "0301"), "Avmeldt", NOW);

		assertThat(promotedIds(change)).isEmpty();
		assertThat(change.after().confirmedPersonsIn("morning")).isEqualTo(4);
		assertThat(numbersOf(change.after().waitingList())).containsExactly("5001");
	}

	@Test
	void anAddedOverflowSessionTakesTheWaitingDelegationsInTheOrderTheyCameUntilItIsFull() {
		WorkshopRegistrations registrations = registerAll(workshop(4), request("4601", 4), request("0301", 4),
				request("5001", 4), request("1103", 4));

		Change change = registrations.sessionAdded("event-2", new Session("overflow", AFTERNOON, AFTERNOON, 8), NOW);

		assertThat(promotedIds(change)).containsExactly(idOf(registrations, "0301"), idOf(registrations, "5001"));
		assertThat(change.events())
			.allSatisfy(event -> assertThat(((DelegationPromoted) event).sessionId()).isEqualTo("overflow"));
		assertThat(numbersOf(change.after().waitingList())).containsExactly("1103");
		assertThat(change.after().hasApplied("event-2")).isTrue();
		assertThat(change.after().workshop().sessions()).hasSize(2);
	}

	@Test
	void raisingTheCapacityPromotesTheFirstWaitingDelegation() {
		WorkshopRegistrations registrations = registerAll(workshop(4), request("4601", 4), request("0301", 4));

		Change change = registrations.capacityChanged("event-2", "morning", 8, NOW);

		assertThat(promotedIds(change)).containsExactly(idOf(registrations, "0301"));
		assertThat(change.after().confirmedPersonsIn("morning")).isEqualTo(8);
	}

	@Test
	void loweringTheCapacityNeverUnseatsAConfirmedDelegation() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 4), request("0301", 4));

		Change change = registrations.capacityChanged("event-2", "morning", 4, NOW);

		assertThat(change.events()).isEmpty();
		assertThat(change.after().confirmedPersonsIn("morning")).isEqualTo(8);
		assertThat(change.after().workshop().session("morning").orElseThrow().capacity()).isEqualTo(4);
	}

	@Test
	void aClosedWorkshopRefusesNewDelegationsButKeepsThoseItHas() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 4));

		WorkshopRegistrations closed = registrations.registrationClosed("event-2").after();

		assertThatThrownBy(() -> closed.register(request("0301", 4), NOW)).isInstanceOfSatisfying(
				ConflictingState.class, refusal -> assertThat(refusal.rule()).isEqualTo("registration-closed"));
		assertThat(closed.activeDelegationOf("4601")).isPresent();
		assertThat(closed.workshop().status()).isEqualTo(WorkshopStatus.CLOSED);
	}

	@Test
	void aCancelledWorkshopCancelsEveryActiveDelegationWithItsReasonAndPromotesNobody() {
		WorkshopRegistrations registrations = registerAll(workshop(4), request("4601", 4), request("0301", 4));

		Change change = registrations.workshopCancelled("event-2", "Sykdom hos foredragsholderen", NOW);

		assertThat(change.events()).hasSize(2)
			.allSatisfy(event -> assertThat(event).isInstanceOfSatisfying(DelegationCancelled.class,
					cancelled -> assertThat(cancelled.reason()).isEqualTo("Sykdom hos foredragsholderen")));
		assertThat(change.events()).extracting(event -> ((DelegationCancelled) event).previousStatus())
			.containsExactly(SeatStatus.CONFIRMED, SeatStatus.WAITLISTED);
		assertThat(change.after().delegations()).noneMatch(Delegation::isActive);
		assertThat(change.after().workshop().status()).isEqualTo(WorkshopStatus.CANCELLED);
		assertThat(change.events()).extracting(event -> ((DelegationCancelled) event).cause())
			.containsOnly(DelegationCancelled.Cause.WORKSHOP_CANCELLED);
	}

	@Test
	void everyChangeOfADelegationsSeatCarriesAHigherSequenceThanTheOneBefore() {
		WorkshopRegistrations registrations = registerAll(workshop(4), request("4601", 4), request("0301", 4));
		String waiting = idOf(registrations, "0301");
		assertThat(registrations.delegation(waiting).orElseThrow().sequence()).isEqualTo(1);

		Change promoted = registrations.cancelByStaff(idOf(registrations, "4601"), "Flyttet", NOW);
		Change moved = promoted.after()
			.withWorkshop("event-2",
					promoted.after().workshop().withSession(new Session("overflow", AFTERNOON, AFTERNOON, 8)))
			.move(waiting, "overflow", NOW);
		Change cancelled = moved.after().cancel(waiting, "Avmeldt", NOW);

		assertThat(promoted.events().get(0)).isInstanceOfSatisfying(DelegationCancelled.class,
				event -> assertThat(event.cause()).isEqualTo(DelegationCancelled.Cause.BY_STAFF));
		assertThat(promoted.events().get(1)).isInstanceOfSatisfying(DelegationPromoted.class,
				event -> assertThat(event.delegationSequence()).isEqualTo(2));
		assertThat(moved.events().get(0)).isInstanceOfSatisfying(DelegationMoved.class,
				event -> assertThat(event.delegationSequence()).isEqualTo(3));
		assertThat(cancelled.events().get(0)).isInstanceOfSatisfying(DelegationCancelled.class, event -> {
			assertThat(event.delegationSequence()).isEqualTo(4);
			assertThat(event.cause()).isEqualTo(DelegationCancelled.Cause.BY_COORDINATOR);
		});
	}

	@Test
	void reschedulingGivesTheWorkshopNewTimesAndDeadlineAndKeepsItsDelegations() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 4));
		Instant later = MORNING.plusSeconds(7 * 86_400);

		Change change = registrations.rescheduled("event-2", DEADLINE.plusSeconds(7 * 86_400),
				List.of(new Session("morning", later, later.plusSeconds(9000), 8)), NOW);

		assertThat(change.after().workshop().registrationDeadline()).isEqualTo(DEADLINE.plusSeconds(7 * 86_400));
		assertThat(change.after().workshop().session("morning").orElseThrow().startsAt()).isEqualTo(later);
		assertThat(change.after().activeDelegationOf("4601").orElseThrow().status()).isEqualTo(SeatStatus.CONFIRMED);
	}

	@Test
	void aMunicipalityThatCancelledMayRegisterAgain() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 4));
		WorkshopRegistrations cancelled = registrations.cancel(idOf(registrations, "4601"), "Avmeldt", NOW).after();

		RegistrationOutcome again = cancelled.register(request("4601", 3), NOW);

		assertThat(again).isInstanceOf(RegistrationOutcome.Registered.class);
		assertThat(again.delegation().delegationId()).isNotEqualTo(idOf(registrations, "4601"));
	}

	@Test
	void aDelegationCannotBeCancelledAfterTheDeadline() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 4));

		assertThatThrownBy(() -> registrations.cancel(idOf(registrations, "4601"), "Avmeldt", AFTER_DEADLINE))
			.isInstanceOfSatisfying(ConflictingState.class,
					refusal -> assertThat(refusal.rule()).isEqualTo("cancellation-closed"));
	}

	// ---- changes to the delegates

	@Test
	void addingADelegateAnnouncesThatDelegateOnly() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 2));
		Delegation delegation = registrations.activeDelegationOf("4601").orElseThrow();
		List<DelegateEntry> entries = new ArrayList<>(kept(delegation));
		entries.add(new DelegateEntry(null, person("Ny Deltaker", "ny@example.no", RoleCategory.POLITICIAN)));

		Change change = registrations.changeParticipants(delegation.delegationId(), entries, NOW);

		assertThat(change.events()).singleElement().isInstanceOfSatisfying(ParticipantRegistered.class, event -> {
			assertThat(event.email()).isEqualTo("ny@example.no");
			assertThat(event.sessionId()).isEqualTo("morning");
		});
		assertThat(change.after().confirmedPersonsIn("morning")).isEqualTo(3);
	}

	@Test
	void removingADelegateFreesTheSeatForTheWaitingList() {
		WorkshopRegistrations registrations = registerAll(workshop(6), request("4601", 4), request("0301", 2),
				request("5001", 2));
		Delegation bergen = registrations.activeDelegationOf("4601").orElseThrow();

		Change change = registrations.changeParticipants(bergen.delegationId(), kept(bergen).subList(0, 3), NOW);

		assertThat(change.events().get(0)).isInstanceOfSatisfying(ParticipantRemoved.class,
				event -> assertThat(event.participantId()).isEqualTo(bergen.participants().get(3).participantId()));
		assertThat(promotedIds(change)).isEmpty();
		Delegation oslo = change.after().activeDelegationOf("0301").orElseThrow();
		Change second = change.after().changeParticipants(oslo.delegationId(), kept(oslo).subList(0, 1), NOW);
		assertThat(promotedIds(second)).containsExactly(idOf(registrations, "5001"));
		assertThat(second.after().confirmedPersonsIn("morning")).isEqualTo(3 + 1 + 2);
	}

	@Test
	void aNewPersonOnAnExistingLineReplacesTheDelegateWithANewParticipantId() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 2));
		Delegation delegation = registrations.activeDelegationOf("4601").orElseThrow();
		Participant leaving = delegation.participants().get(1);
		List<DelegateEntry> entries = List.of(kept(delegation).get(0),
				new DelegateEntry(leaving.participantId(), person("Vikar", "vikar@example.no", RoleCategory.SCHOOL)));

		Change change = registrations.changeParticipants(delegation.delegationId(), entries, AFTER_DEADLINE);

		assertThat(change.events()).singleElement().isInstanceOfSatisfying(ParticipantReplaced.class, event -> {
			assertThat(event.replacedParticipantId()).isEqualTo(leaving.participantId());
			assertThat(event.participantId()).isNotEqualTo(leaving.participantId());
			assertThat(event.email()).isEqualTo("vikar@example.no");
		});
		assertThat(change.after().activeDelegationOf("4601").orElseThrow().participants())
			.extracting(Participant::email)
			.containsExactly(delegation.participants().get(0).email(), "vikar@example.no");
	}

	@Test
	void aNewRoleForTheSameDelegateKeepsTheParticipantId() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 2));
		Delegation delegation = registrations.activeDelegationOf("4601").orElseThrow();
		Participant same = delegation.participants().get(1);
		List<DelegateEntry> entries = List.of(kept(delegation).get(0), new DelegateEntry(same.participantId(),
				new NewParticipant(same.name(), same.email(), "Ordfører", RoleCategory.POLITICIAN)));

		Change change = registrations.changeParticipants(delegation.delegationId(), entries, NOW);

		assertThat(change.events()).singleElement().isInstanceOfSatisfying(ParticipantReplaced.class, event -> {
			assertThat(event.replacedParticipantId()).isEqualTo(same.participantId());
			assertThat(event.participantId()).isEqualTo(same.participantId());
			assertThat(event.roleCategory()).isEqualTo(RoleCategory.POLITICIAN);
		});
	}

	@Test
	void nothingChangedMeansNoEventAndNoNewVersion() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 2));
		Delegation delegation = registrations.activeDelegationOf("4601").orElseThrow();

		Change change = registrations.changeParticipants(delegation.delegationId(), kept(delegation), NOW);

		assertThat(change.events()).isEmpty();
		assertThat(change.after()).isSameAs(registrations);
	}

	@Test
	void afterTheDeadlineDelegatesCanBeReplacedButNotAddedOrRemoved() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 2));
		Delegation delegation = registrations.activeDelegationOf("4601").orElseThrow();
		List<DelegateEntry> more = new ArrayList<>(kept(delegation));
		more.add(new DelegateEntry(null, person("Ny", "ny@example.no", RoleCategory.SCHOOL)));

		assertThatThrownBy(() -> registrations.changeParticipants(delegation.delegationId(), more, AFTER_DEADLINE))
			.isInstanceOfSatisfying(ConflictingState.class,
					refusal -> assertThat(refusal.rule()).isEqualTo("only-replacement-after-deadline"));
		assertThatThrownBy(() -> registrations.changeParticipants(delegation.delegationId(),
				kept(delegation).subList(0, 1), AFTER_DEADLINE))
			.isInstanceOfSatisfying(ConflictingState.class,
					refusal -> assertThat(refusal.rule()).isEqualTo("only-replacement-after-deadline"));
	}

	@Test
	void aConfirmedDelegationCannotGrowBeyondTheRoomInItsSession() {
		WorkshopRegistrations registrations = registerAll(workshop(6), request("4601", 3), request("0301", 3));
		Delegation delegation = registrations.activeDelegationOf("4601").orElseThrow();
		List<DelegateEntry> more = new ArrayList<>(kept(delegation));
		more.add(new DelegateEntry(null, person("Ny", "ny@example.no", RoleCategory.SCHOOL)));

		assertThatThrownBy(() -> registrations.changeParticipants(delegation.delegationId(), more, NOW))
			.isInstanceOfSatisfying(ConflictingState.class,
					refusal -> assertThat(refusal.rule()).isEqualTo("session-full"));
	}

	@Test
	void aDelegationWhoseSessionWasDroppedByARescheduleCannotGrow() {
		WorkshopRegistrations registrations = registerAll(twoSessions(8, 8), request("4601", 2));
		WorkshopRegistrations rescheduled = registrations
			.rescheduled("event-2", DEADLINE, List.of(new Session("afternoon", AFTERNOON, AFTERNOON, 8)), NOW)
			.after();
		Delegation delegation = rescheduled.activeDelegationOf("4601").orElseThrow();
		List<DelegateEntry> more = new ArrayList<>(kept(delegation));
		more.add(new DelegateEntry(null, person("Ny", "ny@example.no", RoleCategory.SCHOOL)));

		assertThatThrownBy(() -> rescheduled.changeParticipants(delegation.delegationId(), more, NOW))
			.isInstanceOfSatisfying(ConflictingState.class,
					refusal -> assertThat(refusal.rule()).isEqualTo("session-full"));
	}

	@Test
	void theWorkshopRulesApplyToAChangedDelegationAsToANewOne() {
		WorkshopRegistrations registrations = registerAll(
				WorkshopRegistrations.scheduled("w-1", "event-1", workshop(3, 8)), request("4601", 3));
		Delegation delegation = registrations.activeDelegationOf("4601").orElseThrow();

		assertThatThrownBy(
				() -> registrations.changeParticipants(delegation.delegationId(), kept(delegation).subList(0, 2), NOW))
			.isInstanceOfSatisfying(RuleViolation.class,
					refusal -> assertThat(refusal.rule()).isEqualTo("delegation-too-small"));
		List<DelegateEntry> duplicate = new ArrayList<>(kept(delegation));
		duplicate.add(new DelegateEntry(null,
				person("Tvilling", delegation.participants().get(0).email().toUpperCase(), RoleCategory.SCHOOL)));
		assertThatThrownBy(() -> registrations.changeParticipants(delegation.delegationId(), duplicate, NOW))
			.isInstanceOfSatisfying(RuleViolation.class,
					refusal -> assertThat(refusal.rule()).isEqualTo("email-duplicate"));
	}

	@Test
	void aLineNamingADelegateOfAnotherDelegationIsRefused() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 2), request("0301", 2));
		Delegation bergen = registrations.activeDelegationOf("4601").orElseThrow();
		Delegation oslo = registrations.activeDelegationOf("0301").orElseThrow();
		List<DelegateEntry> entries = List.of(kept(bergen).get(0), new DelegateEntry(
				oslo.participants().get(0).participantId(), person("X", "x@example.no", RoleCategory.SCHOOL)));

		assertThatThrownBy(() -> registrations.changeParticipants(bergen.delegationId(), entries, NOW))
			.isInstanceOfSatisfying(RuleViolation.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("participants[1].participantId");
				assertThat(refusal.rule()).isEqualTo("participant-unknown");
			});
	}

	// ---- reflection answers

	@Test
	void reflectionAnswersAreAnnouncedAndMayBeEditedUntilTheSessionStarts() {
		WorkshopRegistrations registrations = registerAll(workshop(8), request("4601", 2));
		String delegationId = idOf(registrations, "4601");
		List<ReflectionAnswer> answers = List.of(new ReflectionAnswer("Hvem når vi?", "De som allerede spiller."));

		Change first = registrations.submitReflection(delegationId, answers, NOW);
		List<ReflectionAnswer> edited = List.of(new ReflectionAnswer("Hvem når vi?", "For få."));
		Change second = first.after().submitReflection(delegationId, edited, MORNING.minusSeconds(1));

		assertThat(first.events()).singleElement().isInstanceOfSatisfying(ReflectionSubmitted.class, event -> {
			assertThat(event.organisationNumber()).isEqualTo("4601");
			assertThat(event.answers()).isEqualTo(answers);
		});
		assertThat(second.after().delegation(delegationId).orElseThrow().reflection()).isEqualTo(edited);
		assertThat(first.after().submitReflection(delegationId, answers, NOW).events()).isEmpty();
		assertThatThrownBy(() -> second.after().submitReflection(delegationId, answers, MORNING))
			.isInstanceOfSatisfying(ConflictingState.class,
					refusal -> assertThat(refusal.rule()).isEqualTo("reflection-closed"));
		assertThatThrownBy(() -> registrations.submitReflection(delegationId, List.of(), NOW)).isInstanceOfSatisfying(
				RuleViolation.class, refusal -> assertThat(refusal.rule()).isEqualTo("answers-missing"));
	}

	// ---- staff moves

	@Test
	void staffMoveADelegationWholeToAnotherSessionWithRoom() {
		WorkshopRegistrations registrations = registerAll(twoSessions(4, 8), request("4601", 4), request("0301", 4));

		Change change = registrations.move(idOf(registrations, "4601"), "afternoon", NOW);

		assertThat(change.events()).singleElement().isInstanceOfSatisfying(DelegationMoved.class, event -> {
			assertThat(event.delegationId()).isEqualTo(idOf(registrations, "4601"));
			assertThat(event.fromSessionId()).isEqualTo("morning");
			assertThat(event.toSessionId()).isEqualTo("afternoon");
			assertThat(event.status()).isEqualTo(SeatStatus.CONFIRMED);
			assertThat(event.participantCount()).isEqualTo(4);
		});
		assertThat(change.after().confirmedPersonsIn("morning")).isZero();
		assertThat(change.after().confirmedPersonsIn("afternoon")).isEqualTo(8);
	}

	@Test
	void theSeatsADelegationLeavesWhenMovedGoToTheFirstWaitingDelegationThatFits() {
		WorkshopRegistrations registrations = registerAll(workshop(4), request("4601", 4), request("0301", 4));
		// a session the replica got without promotions, e.g. from a replaced description
		WorkshopRegistrations withEmptySession = registrations.withWorkshop("event-2",
				registrations.workshop().withSession(new Session("overflow", AFTERNOON, AFTERNOON, 4)));

		Change change = withEmptySession.move(idOf(registrations, "4601"), "overflow", NOW);

		assertThat(promotedIds(change)).containsExactly(idOf(registrations, "0301"));
		assertThat(change.after().confirmedPersonsIn("morning")).isEqualTo(4);
		assertThat(change.after().confirmedPersonsIn("overflow")).isEqualTo(4);
		assertThat(change.after().waitingList()).isEmpty();
	}

	@Test
	void aMoveIsRefusedWhenTheSessionHasNoRoomForTheWholeDelegation() {
		WorkshopRegistrations registrations = registerAll(twoSessions(4, 6), request("4601", 4), request("0301", 4));

		assertThatThrownBy(() -> registrations.move(idOf(registrations, "4601"), "afternoon", NOW))
			.isInstanceOfSatisfying(ConflictingState.class,
					refusal -> assertThat(refusal.rule()).isEqualTo("session-full"));
		assertThatThrownBy(() -> registrations.move(idOf(registrations, "4601"), "evening", NOW))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void aMoveIntoTheSessionTheDelegationAlreadySitsInIsRefused() {
		WorkshopRegistrations registrations = registerAll(twoSessions(8, 8), request("4601", 4));

		assertThatThrownBy(() -> registrations.move(idOf(registrations, "4601"), "morning", NOW))
			.isInstanceOfSatisfying(ConflictingState.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("sessionId");
				assertThat(refusal.rule()).isEqualTo("already-in-session");
			});
	}

	@Test
	void onceTheWorkshopIsOverStaffNeitherCancelNorMoveAndDelegatesAreNoLongerChanged() {
		WorkshopRegistrations registrations = registerAll(twoSessions(4, 8), request("4601", 4), request("0301", 4));
		WorkshopRegistrations completed = registrations.completed("event-2", NOW).after();
		Delegation bergen = completed.activeDelegationOf("4601").orElseThrow();
		List<DelegateEntry> replaced = new ArrayList<>(kept(bergen));
		replaced.set(0, new DelegateEntry(bergen.participants().get(0).participantId(),
				person("Vikar", "vikar@k4601.no", RoleCategory.SCHOOL)));

		assertThatThrownBy(() -> completed.cancelByStaff(bergen.delegationId(), "For sent", NOW))
			.isInstanceOfSatisfying(ConflictingState.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("delegationId");
				assertThat(refusal.rule()).isEqualTo("workshop-over");
			});
		assertThatThrownBy(() -> completed.changeParticipants(bergen.delegationId(), replaced, NOW))
			.isInstanceOfSatisfying(ConflictingState.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("delegationId");
				assertThat(refusal.rule()).isEqualTo("workshop-over");
			});
		assertThatThrownBy(() -> completed.move(bergen.delegationId(), "afternoon", NOW))
			.isInstanceOfSatisfying(ConflictingState.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("workshopId");
				assertThat(refusal.rule()).isEqualTo("workshop-over");
			});
		assertThatThrownBy(() -> completed.moveWaitingList("afternoon", NOW)).isInstanceOfSatisfying(
				ConflictingState.class, refusal -> assertThat(refusal.rule()).isEqualTo("workshop-over"));
		assertThat(completed.acceptsReplacements()).isFalse();
		// the same replacement is still taken while the workshop runs
		assertThat(registrations.changeParticipants(bergen.delegationId(), replaced, NOW).events()).singleElement()
			.isInstanceOf(ParticipantReplaced.class);
	}

	@Test
	void theWaitingListMovesIntoASessionInTheOrderItCameAsFarAsWholeGroupsFit() {
		WorkshopRegistrations registrations = registerAll(workshop(4), request("4601", 4), request("0301", 4),
				request("5001", 5), request("1103", 3));
		WorkshopRegistrations withOverflow = registrations.withWorkshop("event-2",
				registrations.workshop().withSession(new Session("overflow", AFTERNOON, AFTERNOON, 7)));

		Change change = withOverflow.moveWaitingList("overflow", NOW);

		assertThat(change.events()).extracting(event -> ((DelegationMoved) event).delegationId())
			.containsExactly(idOf(registrations, "0301"), idOf(registrations, "1103"));
		assertThat(change.after().confirmedPersonsIn("overflow")).isEqualTo(7);
		assertThat(numbersOf(change.after().waitingList())).containsExactly("5001");
	}

	// ---- fixtures

	private static List<String> promotedIds(Change change) {
		return change.events()
			.stream()
			.filter(DelegationPromoted.class::isInstance)
			.map(event -> ((DelegationPromoted) event).delegationId())
			.toList();
	}

	private static List<String> numbersOf(List<Delegation> delegations) {
		return delegations.stream().map(delegation -> delegation.organisation().number()).toList();
	}

	private static String idOf(WorkshopRegistrations registrations, String number) {
		return registrations.activeDelegationOf(number).orElseThrow().delegationId();
	}

	private static List<DelegateEntry> kept(Delegation delegation) {
		return delegation.participants()
			.stream()
			.map(participant -> new DelegateEntry(participant.participantId(),
					new NewParticipant(participant.name(), participant.email(), participant.roleTitle(),
							participant.roleCategory())))
			.toList();
	}

	private static NewParticipant person(String name, String email, RoleCategory category) {
		return new NewParticipant(name, email, "Rolle", category);
	}

	private static WorkshopRegistrations registerAll(WorkshopRegistrations registrations,
			DelegationRequest... requests) {
		WorkshopRegistrations current = registrations;
		for (DelegationRequest request : requests) {
			current = ((RegistrationOutcome.Registered) current.register(request, NOW)).after();
		}
		return current;
	}

	private static WorkshopRegistrations workshop(int capacity) {
		return WorkshopRegistrations.scheduled("w-1", "event-1",
				new Workshop("Verksted 1", WorkshopStatus.SCHEDULED, DEADLINE, 1, null, false,
						List.of(new Session("morning", MORNING, MORNING.plusSeconds(9000), capacity))));
	}

	private static Workshop workshop(int min, Integer max) {
		return new Workshop("Verksted 1", WorkshopStatus.SCHEDULED, DEADLINE, min, max, false,
				List.of(new Session("morning", MORNING, MORNING.plusSeconds(9000), 20)));
	}

	static WorkshopRegistrations twoSessions(int morning, int afternoon) {
		return WorkshopRegistrations.scheduled("w-1", "event-1",
				new Workshop("Verksted 1", WorkshopStatus.SCHEDULED, DEADLINE, 1, null, false,
						List.of(new Session("morning", MORNING, MORNING.plusSeconds(9000), morning),
								new Session("afternoon", AFTERNOON, AFTERNOON.plusSeconds(9000), afternoon))));
	}

	static DelegationRequest request(String number, int persons) {
		return new DelegationRequest(new Organisation(number, "Kommune " + number, "46", "Vestland"),
				new Contact("Koordinator", "koordinator@" + number + ".kommune.no", null),
				IntStream.rangeClosed(1, persons)
					.mapToObj(i -> new NewParticipant("Deltaker " + i, "deltaker" + i + "@k" + number + ".no",
							"Rolle " + i, RoleCategory.SCHOOL))
					.toList(),
				"nb");
	}

}
