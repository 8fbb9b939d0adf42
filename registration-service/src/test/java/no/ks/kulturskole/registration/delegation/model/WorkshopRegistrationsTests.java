package no.ks.kulturskole.registration.delegation.model;

import no.ks.kulturskole.contracts.DomainEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkshopRegistrationsTests {

	static final Instant NOW = Instant.parse("2027-02-20T10:00:00Z");

	/** 1 March 2027 23:59 in Oslo (CET, UTC+1). */
	static final Instant DEADLINE = Instant.parse("2027-03-01T22:59:00Z");

	static final Instant MORNING = Instant.parse("2027-03-10T08:00:00Z");

	static final Instant AFTERNOON = Instant.parse("2027-03-10T11:30:00Z");

	@Test
	void aDelegationIsConfirmedInTheFirstSessionWhenThereIsRoom() {
		WorkshopRegistrations registrations = workshop(sessions(session("morning", MORNING, 10)));

		Delegation delegation = registered(registrations.register(request("4601", 4), NOW)).delegation();

		assertThat(delegation.status()).isEqualTo(SeatStatus.CONFIRMED);
		assertThat(delegation.sessionId()).isEqualTo("morning");
		assertThat(delegation.personCount()).isEqualTo(4);
		assertThat(delegation.registeredAt()).isEqualTo(NOW);
	}

	@Test
	void aDelegationHasTheIdChosenWithItsRequestWhoseDataKeyWasIssuedBeforeTheDecision() {
		WorkshopRegistrations registrations = workshop(sessions(session("morning", MORNING, 10)));
		DelegationRequest request = request("4601", 4);

		RegistrationOutcome.Registered registered = registered(registrations.register(request, NOW));

		assertThat(registered.delegation().delegationId()).isEqualTo(request.delegationId());
		assertThat(registered.events()).extracting(DomainEvent::aggregateId).containsOnly(request.delegationId());
		assertThat(request("4601", 4).delegationId()).isNotEqualTo(request.delegationId());
	}

	@Test
	void theEarliestSessionWithRoomIsChosenWhateverTheOrderTheSessionsWereListedIn() {
		WorkshopRegistrations registrations = workshop(
				sessions(session("afternoon", AFTERNOON, 10), session("morning", MORNING, 10)));

		Delegation delegation = registered(registrations.register(request("4601", 4), NOW)).delegation();

		assertThat(delegation.sessionId()).isEqualTo("morning");
	}

	@Test
	void aDelegationThatDoesNotFitIsWaitlistedAsAWholeGroup() {
		WorkshopRegistrations registrations = registerAll(workshop(sessions(session("morning", MORNING, 10))),
				request("4601", 4), request("0301", 4));

		Delegation third = registered(registrations.register(request("5001", 4), NOW)).delegation();

		assertThat(third.status()).isEqualTo(SeatStatus.WAITLISTED);
		assertThat(third.sessionId()).isEqualTo("morning");
		assertThat(third.personCount()).isEqualTo(4);
		assertThat(registrations.confirmedPersonsIn("morning")).isEqualTo(8);
	}

	@Test
	void aDelegationIsNeverSplitAcrossSessions() {
		// 2 seats left in the morning and 3 in the afternoon: 5 free seats in all, but no
		// single session has room for the group of 4
		WorkshopRegistrations registrations = registerAll(
				workshop(sessions(session("morning", MORNING, 6), session("afternoon", AFTERNOON, 3))),
				request("4601", 4));

		Delegation delegation = registered(registrations.register(request("5001", 4), NOW)).delegation();

		assertThat(delegation.status()).isEqualTo(SeatStatus.WAITLISTED);
		assertThat(registrations.confirmedPersonsIn("morning")).isEqualTo(4);
		assertThat(registrations.confirmedPersonsIn("afternoon")).isZero();
	}

	@Test
	void aDelegationThatDoesNotFitTheFirstSessionIsConfirmedWholeInALaterOneWithRoom() {
		WorkshopRegistrations registrations = registerAll(
				workshop(sessions(session("morning", MORNING, 6), session("afternoon", AFTERNOON, 6))),
				request("4601", 4));

		Delegation delegation = registered(registrations.register(request("0301", 4), NOW)).delegation();

		assertThat(delegation.status()).isEqualTo(SeatStatus.CONFIRMED);
		assertThat(delegation.sessionId()).isEqualTo("afternoon");
	}

	@Test
	void theLastSeatsGoToTheDelegationThatCameFirst() {
		WorkshopRegistrations registrations = workshop(sessions(session("morning", MORNING, 6)));

		RegistrationOutcome.Registered first = registered(registrations.register(request("4601", 4), NOW));
		RegistrationOutcome.Registered second = registered(
				first.after().register(request("0301", 4), NOW.plusSeconds(1)));

		assertThat(first.delegation().status()).isEqualTo(SeatStatus.CONFIRMED);
		assertThat(second.delegation().status()).isEqualTo(SeatStatus.WAITLISTED);
	}

	@Test
	void theWaitingListKeepsTheOrderInWhichDelegationsCame() {
		WorkshopRegistrations registrations = registerAll(workshop(sessions(session("morning", MORNING, 4))),
				request("4601", 4), request("0301", 3), request("5001", 2), request("1103", 4));

		assertThat(registrations.waitingList()).extracting(delegation -> delegation.organisation().number())
			.containsExactly("0301", "5001", "1103");
	}

	@Test
	void aSmallerDelegationMayTakeSeatsThatAWaitlistedLargerOneCouldNotUse() {
		WorkshopRegistrations registrations = registerAll(workshop(sessions(session("morning", MORNING, 6))),
				request("4601", 4), request("0301", 4));

		RegistrationOutcome.Registered small = registered(registrations.register(request("5001", 2), NOW));

		assertThat(small.delegation().status()).isEqualTo(SeatStatus.CONFIRMED);
		assertThat(small.after().confirmedPersonsIn("morning")).isEqualTo(6);
		assertThat(small.after().waitingList()).extracting(delegation -> delegation.organisation().number())
			.containsExactly("0301");
	}

	@Test
	void confirmedPersonsNeverExceedTheCapacityOfASession() {
		WorkshopRegistrations registrations = workshop(sessions(session("morning", MORNING, 40)));
		List<String> numbers = List.of("0301", "1101", "1103", "1106", "1108", "1111", "1112", "1114", "1119", "1120",
				"1121", "1122", "1124", "1127", "1130", "1133", "1134", "1135", "1144", "1145");

		for (String number : numbers) {
			registrations = registered(registrations.register(request(number, 4), NOW)).after();
		}

		assertThat(registrations.confirmedPersonsIn("morning")).isEqualTo(40);
		assertThat(registrations.delegations()).filteredOn(delegation -> delegation.status() == SeatStatus.CONFIRMED)
			.hasSize(10);
		assertThat(registrations.waitingList()).hasSize(10);
	}

	@Test
	void aMunicipalityThatRegistersAgainGetsItsExistingDelegationAndNothingChanges() {
		WorkshopRegistrations registrations = registerAll(workshop(sessions(session("morning", MORNING, 10))),
				request("4601", 4));
		Delegation existing = registrations.activeDelegationOf("4601").orElseThrow();

		RegistrationOutcome again = registrations.register(request("4601", 2), NOW);

		assertThat(again).isInstanceOf(RegistrationOutcome.AlreadyRegistered.class);
		assertThat(again.delegation()).isEqualTo(existing);
	}

	@Test
	void aDelegationIsRefusedWhenItHasNoParticipants() {
		assertRefused(workshop(sessions(session("morning", MORNING, 10))), request("4601", 0), "participants",
				"participants-missing");
	}

	@Test
	void aDelegationIsRefusedWhenItIsSmallerThanTheWorkshopRequires() {
		WorkshopRegistrations registrations = workshop(workshop(3, null, false, sessions(session("m", MORNING, 10))));

		assertRefused(registrations, request("4601", 2), "participants", "delegation-too-small");
		assertThat(registered(registrations.register(request("4601", 3), NOW)).delegation().personCount()).isEqualTo(3);
	}

	@Test
	void aDelegationIsRefusedWhenItIsLargerThanTheWorkshopAllows() {
		WorkshopRegistrations registrations = workshop(workshop(2, 5, false, sessions(session("m", MORNING, 10))));

		assertRefused(registrations, request("4601", 6), "participants", "delegation-too-large");
		assertThat(registered(registrations.register(request("4601", 5), NOW)).delegation().personCount()).isEqualTo(5);
	}

	@Test
	void aDelegationHasNoUpperLimitWhenTheWorkshopSetsNone() {
		WorkshopRegistrations registrations = workshop(workshop(2, null, false, sessions(session("m", MORNING, 50))));

		assertThat(registered(registrations.register(request("4601", 30), NOW)).delegation().status())
			.isEqualTo(SeatStatus.CONFIRMED);
	}

	@Test
	void aDelegationOfOnlyKulturskoleStaffIsRefusedWhenTheWorkshopRequiresAnOutsideRole() {
		WorkshopRegistrations registrations = workshop(workshop(2, null, true, sessions(session("m", MORNING, 10))));
		DelegationRequest onlyKulturskole = request("4601", participants(3, RoleCategory.KULTURSKOLE));

		assertRefused(registrations, onlyKulturskole, "participants", "outside-role-missing");
	}

	@Test
	void oneDelegateFromOutsideTheKulturskoleSatisfiesTheOutsideRoleRule() {
		WorkshopRegistrations registrations = workshop(workshop(2, null, true, sessions(session("m", MORNING, 10))));
		List<NewParticipant> participants = new ArrayList<>(participants(2, RoleCategory.KULTURSKOLE));
		participants.add(new NewParticipant("Per Politiker", "per@example.no", "Ordfører", RoleCategory.POLITICIAN));

		assertThat(registered(registrations.register(request("4601", participants), NOW)).delegation().personCount())
			.isEqualTo(3);
	}

	@Test
	void onlyKulturskoleStaffIsFineWhenTheWorkshopDoesNotRequireAnOutsideRole() {
		WorkshopRegistrations registrations = workshop(workshop(2, null, false, sessions(session("m", MORNING, 10))));

		assertThat(registrations.register(request("4601", participants(2, RoleCategory.KULTURSKOLE)), NOW))
			.isInstanceOf(RegistrationOutcome.Registered.class);
	}

	@Test
	void aDelegationIsRefusedWhenTwoParticipantsShareAnEmailAddressWhateverItsCase() {
		List<NewParticipant> participants = List.of(
				new NewParticipant("Kari", "kari@bergen.kommune.no", "Leder", RoleCategory.KULTURSKOLE),
				new NewParticipant("Ola", "ola@bergen.kommune.no", "Rektor", RoleCategory.SCHOOL),
				new NewParticipant("Kari igjen", " Kari@Bergen.Kommune.no", "Lærer", RoleCategory.KULTURSKOLE));

		assertRefused(workshop(sessions(session("m", MORNING, 10))), request("4601", participants),
				"participants[2].email", "email-duplicate");
	}

	@Test
	void aDelegationIsRefusedAfterTheDeadlineWithTheDeadlineInNorwegianTime() {
		WorkshopRegistrations registrations = workshop(sessions(session("m", MORNING, 10)));

		assertThatThrownBy(() -> registrations.register(request("4601", 3), DEADLINE.plusSeconds(60)))
			.isInstanceOfSatisfying(ConflictingState.class, violation -> {
				assertThat(violation.field()).isEqualTo("workshopId");
				assertThat(violation.rule()).isEqualTo("registration-deadline-passed");
			})
			.hasMessageContaining("1. mars 2027 kl. 23.59");
	}

	@Test
	void aDelegationIsAcceptedAtTheVeryMomentOfTheDeadline() {
		WorkshopRegistrations registrations = workshop(sessions(session("m", MORNING, 10)));

		assertThat(registrations.register(request("4601", 3), DEADLINE))
			.isInstanceOf(RegistrationOutcome.Registered.class);
	}

	@Test
	void aDelegationIsRefusedWhileTheWorkshopHasNoSessionsToPlaceItIn() {
		WorkshopRegistrations registrations = workshop(sessions());

		assertThatThrownBy(() -> registrations.register(request("4601", 3), NOW))
			.isInstanceOfSatisfying(ConflictingState.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("workshopId");
				assertThat(refusal.rule()).isEqualTo("no-sessions");
			});
		assertThat(registrations.delegations()).isEmpty();
	}

	@Test
	void aRegistrationAnnouncesTheDelegationAndThenEachDelegateInOrder() {
		WorkshopRegistrations registrations = workshop(sessions(session("morning", MORNING, 10)));

		RegistrationOutcome.Registered outcome = registered(registrations.register(request("4601", 3), NOW));

		assertThat(outcome.events()).hasSize(4);
		assertThat(outcome.events().get(0)).isInstanceOfSatisfying(DelegationRegistered.class, event -> {
			assertThat(event.delegationId()).isEqualTo(outcome.delegation().delegationId());
			assertThat(event.workshopId()).isEqualTo("w-1");
			assertThat(event.partitionKey()).isEqualTo("w-1");
			assertThat(event.sessionId()).isEqualTo("morning");
			assertThat(event.status()).isEqualTo(SeatStatus.CONFIRMED);
			assertThat(event.participantCount()).isEqualTo(3);
			assertThat(event.workshopTitle()).isEqualTo("Verksted 1");
			assertThat(event.sessionStartsAt()).isEqualTo(MORNING);
			assertThat(event.organisation().number()).isEqualTo("4601");
			assertThat(event.language()).isEqualTo("nb");
		});
		assertThat(outcome.events().subList(1, 4)).allSatisfy(event -> {
			assertThat(event).isInstanceOf(ParticipantRegistered.class);
			assertThat(event.aggregateId()).isEqualTo(outcome.delegation().delegationId());
			assertThat(event.partitionKey()).isEqualTo("w-1");
		});
		assertThat(outcome.events()).extracting(event -> event.eventId()).doesNotHaveDuplicates();
		assertThat(outcome.after().version()).isEqualTo(registrations.version() + 1);
	}

	@Test
	void aRedeliveredWorkshopEventIsRecognisedAsAlreadyApplied() {
		WorkshopRegistrations registrations = WorkshopRegistrations.scheduled("w-1", "event-1",
				workshop(2, null, false, sessions(session("m", MORNING, 10))));

		WorkshopRegistrations updated = registrations.withWorkshop("event-2",
				workshop(2, null, false, sessions(session("m", MORNING, 20))));

		assertThat(registrations.hasApplied("event-1")).isTrue();
		assertThat(registrations.hasApplied("event-2")).isFalse();
		assertThat(updated.hasApplied("event-2")).isTrue();
		assertThat(updated.version()).isEqualTo(registrations.version() + 1);
	}

	// ---- fixtures

	private static void assertRefused(WorkshopRegistrations registrations, DelegationRequest request, String field,
			String rule) {
		assertThatThrownBy(() -> registrations.register(request, NOW)).isInstanceOfSatisfying(RuleViolation.class,
				violation -> {
					assertThat(violation.field()).isEqualTo(field);
					assertThat(violation.rule()).isEqualTo(rule);
					assertThat(violation.getMessage()).isNotBlank();
				});
	}

	private static RegistrationOutcome.Registered registered(RegistrationOutcome outcome) {
		assertThat(outcome).isInstanceOf(RegistrationOutcome.Registered.class);
		return (RegistrationOutcome.Registered) outcome;
	}

	private static WorkshopRegistrations registerAll(WorkshopRegistrations registrations,
			DelegationRequest... requests) {
		WorkshopRegistrations current = registrations;
		for (DelegationRequest request : requests) {
			current = registered(current.register(request, NOW)).after();
		}
		return current;
	}

	private static WorkshopRegistrations workshop(List<Session> sessions) {
		return workshop(workshop(1, null, false, sessions));
	}

	private static WorkshopRegistrations workshop(Workshop workshop) {
		return WorkshopRegistrations.scheduled("w-1", "event-1", workshop);
	}

	private static Workshop workshop(int min, Integer max, boolean outsideRoleRequired, List<Session> sessions) {
		return new Workshop("Verksted 1", WorkshopStatus.SCHEDULED, DEADLINE, min, max, outsideRoleRequired, sessions);
	}

	private static List<Session> sessions(Session... sessions) {
		return List.of(sessions);
	}

	private static Session session(String id, Instant startsAt, int capacity) {
		return new Session(id, startsAt, startsAt.plusSeconds(9000), capacity);
	}

	private static DelegationRequest request(String number, int persons) {
		return request(number, participants(persons, RoleCategory.SCHOOL));
	}

	private static DelegationRequest request(String number, List<NewParticipant> participants) {
		return new DelegationRequest(new Organisation(number, "Kommune " + number, "46", "Vestland"),
				new Contact("Koordinator", "koordinator@" + number + ".kommune.no", null), participants, "nb");
	}

	private static List<NewParticipant> participants(int count, RoleCategory category) {
		return IntStream.rangeClosed(1, count)
			.mapToObj(i -> new NewParticipant("Deltaker " + i, "deltaker" + i + "@example.no", "Rolle " + i, category))
			.toList();
	}

}
