package no.ks.kulturskole.workshop.workshop.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import no.ks.kulturskole.support.problem.ConflictingState;
import org.junit.jupiter.api.Test;

import static no.ks.kulturskole.workshop.workshop.model.WorkshopStatus.CANCELLED;
import static no.ks.kulturskole.workshop.workshop.model.WorkshopStatus.COMPLETED;
import static no.ks.kulturskole.workshop.workshop.model.WorkshopStatus.DRAFT;
import static no.ks.kulturskole.workshop.workshop.model.WorkshopStatus.REGISTRATION_CLOSED;
import static no.ks.kulturskole.workshop.workshop.model.WorkshopStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workshop's lifecycle as one table: in which states staff may make each change. A
 * finished or cancelled workshop takes no change at all.
 */
class StatusRuleTests {

	private static final Set<WorkshopStatus> UNTIL_OVER = EnumSet.of(DRAFT, SCHEDULED, REGISTRATION_CLOSED);

	private static final Map<StatusRule, Set<WorkshopStatus>> ALLOWED = new EnumMap<>(Map.ofEntries(
			Map.entry(StatusRule.REVISE, EnumSet.of(DRAFT)), Map.entry(StatusRule.SCHEDULE, EnumSet.of(DRAFT)),
			Map.entry(StatusRule.CLOSE, EnumSet.of(SCHEDULED)),
			Map.entry(StatusRule.COMPLETE, EnumSet.of(SCHEDULED, REGISTRATION_CLOSED)),
			Map.entry(StatusRule.RESCHEDULE, EnumSet.of(SCHEDULED, REGISTRATION_CLOSED)),
			Map.entry(StatusRule.CANCEL, UNTIL_OVER), Map.entry(StatusRule.ADD_SESSION, UNTIL_OVER),
			Map.entry(StatusRule.CHANGE_CAPACITY, UNTIL_OVER), Map.entry(StatusRule.CHANGE_DETAILS, UNTIL_OVER),
			Map.entry(StatusRule.INVITE, UNTIL_OVER), Map.entry(StatusRule.ASK_QUESTIONS, UNTIL_OVER),
			Map.entry(StatusRule.PREPARE, UNTIL_OVER)));

	@Test
	void eachChangeIsAllowedInTheStatesOfTheTableAndRefusedAsAConflictNamingTheStatusInTheOthers() {
		assertThat(ALLOWED).containsOnlyKeys(StatusRule.values());
		for (StatusRule rule : StatusRule.values()) {
			for (WorkshopStatus status : WorkshopStatus.values()) {
				if (ALLOWED.get(rule).contains(status)) {
					assertThatCode(() -> rule.check(status)).as(rule + " in " + status).doesNotThrowAnyException();
				}
				else {
					assertThatThrownBy(() -> rule.check(status)).as(rule + " in " + status)
						.isInstanceOfSatisfying(ConflictingState.class, refused -> {
							assertThat(refused.field()).isEqualTo("status");
							assertThat(refused.rule()).isNotBlank();
							assertThat(refused.getMessage()).isNotBlank();
						});
				}
			}
		}
	}

	@Test
	void aFinishedOrCancelledWorkshopTakesNoChange() {
		for (StatusRule rule : StatusRule.values()) {
			assertThatThrownBy(() -> rule.check(COMPLETED)).isInstanceOf(ConflictingState.class);
			assertThatThrownBy(() -> rule.check(CANCELLED)).isInstanceOf(ConflictingState.class);
		}
	}

}
