package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved.Resolution;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A municipality has one delegation per workshop; when someone other than its coordinator
 * registers it again, the conflict is recorded once per address and staff resolve it.
 */
class RegistrationConflictTests {

	static final Instant NOW = Instant.parse("2027-02-20T10:00:00Z");

	static final Instant DEADLINE = Instant.parse("2027-03-01T22:59:00Z");

	@Test
	void theCoordinatorRegisteringAgainChangesNothing() {
		WorkshopRegistrations registered = bergen();

		RegistrationOutcome again = registered.register(request("kari@bergen.kommune.no", "Kari"), NOW);

		assertThat(again).isInstanceOf(RegistrationOutcome.AlreadyRegistered.class);
	}

	@Test
	void anotherAddressIsRecordedAsAConflictAndAnnouncedWithTheDelegationsSequence() {
		WorkshopRegistrations registered = bergen();
		Delegation delegation = registered.delegations().get(0);

		RegistrationOutcome.ConflictReported conflict = conflict(
				registered.register(request("per@bergen.kommune.no", "Per"), NOW));

		assertThat(conflict.after().conflicts()).containsExactly(conflict.conflict());
		assertThat(conflict.after().version()).isEqualTo(registered.version() + 1);
		assertThat(conflict.after().delegations()).isEqualTo(registered.delegations());
		assertThat(conflict.conflict().isOpen()).isTrue();
		assertThat(conflict.events()).singleElement()
			.isInstanceOfSatisfying(RegistrationConflictReported.class, event -> {
				assertThat(event.delegationId()).isEqualTo(delegation.delegationId());
				assertThat(event.conflictId()).isEqualTo(conflict.conflict().conflictId());
				assertThat(event.contact().email()).isEqualTo("per@bergen.kommune.no");
				assertThat(event.language()).isEqualTo("nn");
				assertThat(event.delegationSequence()).isEqualTo(delegation.sequence());
			});
	}

	@Test
	void theSameAddressAgainWhileItsConflictIsOpenIsNotRecordedTwice() {
		WorkshopRegistrations once = conflict(bergen().register(request("per@bergen.kommune.no", "Per"), NOW)).after();

		RegistrationOutcome again = once.register(request(" PER@Bergen.kommune.no ", "Per"), NOW);

		assertThat(again).isInstanceOf(RegistrationOutcome.AlreadyRegistered.class);
	}

	@Test
	void aDelegationHasAtMostTenOpenConflicts() {
		WorkshopRegistrations current = bergen();
		for (int i = 0; i < WorkshopRegistrations.MAX_OPEN_CONFLICTS; i++) {
			current = conflict(current.register(request("person" + i + "@example.no", "Person"), NOW)).after();
		}

		RegistrationOutcome eleventh = current.register(request("person-elleve@example.no", "Person"), NOW);

		assertThat(eleventh).isInstanceOf(RegistrationOutcome.AlreadyRegistered.class);
		assertThat(current.conflicts()).hasSize(WorkshopRegistrations.MAX_OPEN_CONFLICTS);
	}

	@Test
	void keepingTheCoordinatorResolvesTheConflictAndChangesNothingElse() {
		WorkshopRegistrations withConflict = conflict(bergen().register(request("per@bergen.kommune.no", "Per"), NOW))
			.after();
		String conflictId = withConflict.conflicts().get(0).conflictId();

		Change kept = withConflict.resolveConflict(conflictId, Resolution.KEEP_EXISTING, "stab", null, NOW);

		assertThat(kept.after().conflict(conflictId)).hasValueSatisfying(conflict -> {
			assertThat(conflict.resolution()).isEqualTo(Resolution.KEEP_EXISTING);
			assertThat(conflict.resolvedBy()).isEqualTo("stab");
			assertThat(conflict.resolvedAt()).isEqualTo(NOW);
		});
		assertThat(kept.after().delegations()).isEqualTo(withConflict.delegations());
		assertThat(kept.events()).singleElement()
			.isInstanceOfSatisfying(RegistrationConflictResolved.class,
					event -> assertThat(event.coordinator()).isNull());
	}

	@Test
	void handingOverMakesThePersonWhoTriedTheCoordinatorWithANewLinkForThem() {
		WorkshopRegistrations withConflict = conflict(bergen().register(request("per@bergen.kommune.no", "Per"), NOW))
			.after();
		String conflictId = withConflict.conflicts().get(0).conflictId();

		Change handedOver = withConflict.resolveConflict(conflictId, Resolution.HAND_OVER, "stab", new FakeSecret(),
				NOW);

		Delegation delegation = handedOver.after().delegations().get(0);
		assertThat(delegation.coordinator().email()).isEqualTo("per@bergen.kommune.no");
		assertThat(delegation.manageTokenHash()).isEqualTo("ny-hash");
		assertThat(delegation.participants()).isEqualTo(withConflict.delegations().get(0).participants());
		assertThat(handedOver.events()).hasSize(2);
		assertThat(handedOver.events().get(0)).isInstanceOfSatisfying(RegistrationConflictResolved.class,
				event -> assertThat(event.coordinator().name()).isEqualTo("Per"));
		assertThat(handedOver.events().get(1)).isInstanceOfSatisfying(ManageLinkIssued.class, event -> {
			assertThat(event.reason()).isEqualTo(ManageLinkIssued.Reason.HANDED_OVER);
			assertThat(event.sealedSecret()).isEqualTo("forseglet for " + delegation.delegationId());
			assertThat(event.language()).isEqualTo("nn");
		});
	}

	@Test
	void aConflictIsResolvedOnceAndAnUnknownOneIsNotFound() {
		WorkshopRegistrations withConflict = conflict(bergen().register(request("per@bergen.kommune.no", "Per"), NOW))
			.after();
		String conflictId = withConflict.conflicts().get(0).conflictId();
		WorkshopRegistrations resolved = withConflict
			.resolveConflict(conflictId, Resolution.KEEP_EXISTING, "stab", null, NOW)
			.after();

		assertThatThrownBy(
				() -> resolved.resolveConflict(conflictId, Resolution.HAND_OVER, "stab", new FakeSecret(), NOW))
			.isInstanceOfSatisfying(ConflictingState.class,
					refused -> assertThat(refused.field()).isEqualTo("conflictId"));
		assertThatThrownBy(() -> resolved.resolveConflict("finnes-ikke", Resolution.KEEP_EXISTING, "stab", null, NOW))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void aCancelledDelegationIsNotHandedOver() {
		WorkshopRegistrations withConflict = conflict(bergen().register(request("per@bergen.kommune.no", "Per"), NOW))
			.after();
		String conflictId = withConflict.conflicts().get(0).conflictId();
		WorkshopRegistrations cancelled = withConflict
			.cancelByStaff(withConflict.delegations().get(0).delegationId(), "Avbud", NOW)
			.after();

		assertThatThrownBy(
				() -> cancelled.resolveConflict(conflictId, Resolution.HAND_OVER, "stab", new FakeSecret(), NOW))
			.isInstanceOfSatisfying(ConflictingState.class,
					refused -> assertThat(refused.field()).isEqualTo("resolution"));
	}

	private static WorkshopRegistrations bergen() {
		WorkshopRegistrations workshop = WorkshopRegistrations.scheduled("w-1", "event-1",
				new Workshop("Verksted 1", WorkshopStatus.SCHEDULED, DEADLINE, 1, null, false,
						List.of(new Session("s-1", Instant.parse("2027-03-10T08:00:00Z"),
								Instant.parse("2027-03-10T10:30:00Z"), 40))));
		RegistrationOutcome outcome = workshop.register(request("kari@bergen.kommune.no", "Kari"), NOW);
		return ((RegistrationOutcome.Registered) outcome).after();
	}

	private static RegistrationOutcome.ConflictReported conflict(RegistrationOutcome outcome) {
		assertThat(outcome).isInstanceOf(RegistrationOutcome.ConflictReported.class);
		return (RegistrationOutcome.ConflictReported) outcome;
	}

	private static DelegationRequest request(String coordinatorEmail, String name) {
		return new DelegationRequest(new Organisation("4601", "Bergen", "46", "Vestland"),
				new Contact(name, coordinatorEmail, null),
				IntStream.rangeClosed(1, 2)
					.mapToObj(i -> new NewParticipant("Deltaker " + i, "deltaker" + i + "@bergen.kommune.no", "Rolle",
							RoleCategory.SCHOOL))
					.toList(),
				"nn");
	}

	private record FakeSecret() implements ManageSecret {

		@Override
		public String hash() {
			return "ny-hash";
		}

		@Override
		public String sealedFor(String delegationId) {
			return "forseglet for " + delegationId;
		}

	}

}
