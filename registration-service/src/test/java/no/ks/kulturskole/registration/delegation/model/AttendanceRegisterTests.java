package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.contracts.registration.AttendanceRecorded;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who attended which session: a delegation's whole set per session, its sequence rising
 * with each change, and people counted once however many sessions they came to.
 */
class AttendanceRegisterTests {

	static final Instant NOW = SeatsAndChangesTests.NOW;

	static final Instant LATER = NOW.plusSeconds(3600);

	@Test
	void someoneMayAttendAnotherSessionThanTheirDelegationsAndIsCountedOnce() {
		WorkshopRegistrations registrations = registered("4601", 2);
		List<String> bergen = participantsOf(registrations, "4601");
		String delegationId = registrations.delegations().getFirst().delegationId();

		WorkshopRegistrations morning = registrations.recordAttendance("morning", bergen, NOW).after();
		Change afternoon = morning.recordAttendance("afternoon", List.of(bergen.get(0)), NOW);

		assertThat(afternoon.events()).singleElement().isInstanceOfSatisfying(AttendanceRecorded.class, event -> {
			assertThat(event.sessionId()).isEqualTo("afternoon");
			assertThat(event.presentParticipantIds()).containsExactly(bergen.get(0));
			assertThat(event.sequence()).isEqualTo(1);
		});
		assertThat(afternoon.after().presentIn("afternoon")).containsExactly(bergen.get(0));
		assertThat(afternoon.after().presentPersonsOf(delegationId)).isEqualTo(2);
	}

	@Test
	void aCorrectionRaisesTheSequenceAndTheSameSetAgainChangesNothing() {
		WorkshopRegistrations registrations = registered("4601", 2);
		List<String> bergen = participantsOf(registrations, "4601");
		WorkshopRegistrations recorded = registrations.recordAttendance("morning", bergen, NOW).after();

		Change again = recorded.recordAttendance("morning", bergen.reversed(), LATER);
		Change corrected = recorded.recordAttendance("morning", List.of(), LATER);

		assertThat(again.events()).isEmpty();
		assertThat(again.after()).isSameAs(recorded);
		assertThat(corrected.events()).singleElement().isInstanceOfSatisfying(AttendanceRecorded.class, event -> {
			assertThat(event.presentParticipantIds()).isEmpty();
			assertThat(event.sequence()).isEqualTo(2);
		});
		assertThat(corrected.after().presentIn("morning")).isEmpty();
		assertThat(corrected.after().version()).isEqualTo(recorded.version() + 1);
	}

	@Test
	void anUnknownSessionOrAPersonNotRegisteredIsRefusedByName() {
		WorkshopRegistrations registrations = registered("4601", 1);

		assertThatThrownBy(() -> registrations.recordAttendance("evening", List.of(), NOW))
			.isInstanceOfSatisfying(NotFound.class, refused -> assertThat(refused.field()).isEqualTo("sessionId"));
		assertThatThrownBy(() -> registrations.recordAttendance("morning", List.of("someone-else"), NOW))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> {
				assertThat(refused.field()).isEqualTo("present");
				assertThat(refused.rule()).isEqualTo("participant-unknown");
			});
	}

	private static WorkshopRegistrations registered(String number, int persons) {
		WorkshopRegistrations workshop = SeatsAndChangesTests.twoSessions(20, 20);
		return ((RegistrationOutcome.Registered) workshop.register(SeatsAndChangesTests.request(number, persons), NOW))
			.after();
	}

	private static List<String> participantsOf(WorkshopRegistrations registrations, String number) {
		return registrations.activeDelegationOf(number)
			.orElseThrow()
			.participants()
			.stream()
			.map(Participant::participantId)
			.toList();
	}

}
