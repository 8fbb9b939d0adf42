package no.ks.kulturskole.workshop.workshop.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static no.ks.kulturskole.workshop.workshop.model.Plans.DEADLINE;
import static no.ks.kulturskole.workshop.workshop.model.Plans.ENDS;
import static no.ks.kulturskole.workshop.workshop.model.Plans.NOW;
import static no.ks.kulturskole.workshop.workshop.model.Plans.STARTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkshopLifecycleTests {

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private static final List<PreparationMaterial> MATERIAL = List
		.of(new PreparationMaterial("Innledning", "https://kulturskoleradet.no/innledning.pdf"));

	private static final List<String> QUESTIONS = List.of("Hvilken rolle har kulturskolen i kommunen?");

	// Drafts and scheduling

	@Test
	void aDraftIsNeitherOpenForRegistrationNorPublished() {
		Workshop draft = draft();

		assertThat(draft.status()).isEqualTo(WorkshopStatus.DRAFT);
		assertThat(draft.status().isPublished()).isFalse();
		assertThat(draft.isOpenForRegistration(NOW)).isFalse();
		assertThat(draft.scheduledAt()).isNull();
		assertThat(draft.nextDueAt()).isNull();
	}

	@Test
	void aDraftIsCheckedByTheSameRulesAsAScheduledWorkshop() {
		Plans plans = Plans.valid();
		plans.registrationDeadline = STARTS;

		assertRefused(() -> Workshop.draft("w-1", plans.plan(), CLOCK), "registrationDeadline",
				"deadline-not-before-start");
	}

	@Test
	void schedulingADraftOpensItForRegistration() {
		Workshop scheduled = draft().schedule(NOW);

		assertThat(scheduled.status()).isEqualTo(WorkshopStatus.SCHEDULED);
		assertThat(scheduled.scheduledAt()).isEqualTo(NOW);
		assertThat(scheduled.isOpenForRegistration(NOW)).isTrue();
		assertThat(scheduled.nextDueAt()).isEqualTo(DEADLINE);
	}

	@Test
	void aDraftWhoseDeadlineHasPassedCannotBeScheduled() {
		assertRefused(() -> draft().schedule(DEADLINE), "registrationDeadline", "deadline-in-past");
	}

	@Test
	void aScheduledWorkshopCannotBeScheduledAgain() {
		assertRefused(() -> scheduled().schedule(NOW), "status", "schedule-draft-only");
	}

	@Test
	void aDraftCanBeRevisedFromANewPlanKeepingItsIdAndVersion() {
		Plans plans = Plans.valid();
		plans.title = "Nytt navn";

		Workshop revised = draft().revise(plans.plan(), CLOCK);

		assertThat(revised.id()).isEqualTo("w-1");
		assertThat(revised.title()).isEqualTo("Nytt navn");
		assertThat(revised.status()).isEqualTo(WorkshopStatus.DRAFT);
	}

	@Test
	void revisingADraftToAnotherDayMovesItsMaterialWithIt() {
		Workshop prepared = draft().prepare(MATERIAL, QUESTIONS, null);
		Duration week = Duration.ofDays(7);
		Plans plans = Plans.valid().onlySession(STARTS.plus(week), ENDS.plus(week), 60, null);

		Workshop revised = prepared.revise(plans.plan(), CLOCK);

		assertThat(revised.preparation().releaseAt())
			.isEqualTo(STARTS.plus(week).minus(Workshop.DEFAULT_PREPARATION_LEAD));
		assertThat(revised.preparation().materials()).isEqualTo(MATERIAL);
	}

	@Test
	void revisingADraftCanChangeItsOrganisersTargetGroupAndPrice() {
		Plans plans = Plans.valid();
		plans.organisers = new ArrayList<>(List.of("Norsk kulturskoleråd, Vestland"));
		plans.targetGroup = null;
		plans.free = false;

		Workshop revised = draft().revise(plans.plan(), CLOCK);

		assertThat(revised.offering()).isEqualTo(new Offering(List.of("Norsk kulturskoleråd, Vestland"), null, false));
	}

	@Test
	void aScheduledWorkshopCannotBeRevisedFreely() {
		assertRefused(() -> scheduled().revise(Plans.valid().plan(), CLOCK), "status", "draft-only");
	}

	// Closing registration

	@Test
	void staffCanCloseRegistrationBeforeTheDeadline() {
		Workshop closed = scheduled().closeRegistration();

		assertThat(closed.status()).isEqualTo(WorkshopStatus.REGISTRATION_CLOSED);
		assertThat(closed.isOpenForRegistration(NOW)).isFalse();
		assertThat(closed.nextDueAt()).isEqualTo(ENDS);
	}

	@Test
	void registrationCannotBeClosedTwiceNorForADraft() {
		assertRefused(() -> scheduled().closeRegistration().closeRegistration(), "status", "close-scheduled-only");
		assertRefused(() -> draft().closeRegistration(), "status", "close-scheduled-only");
	}

	@Test
	void theDeadlineClosesRegistration() {
		Workshop.Progress progress = scheduled().advance(DEADLINE);

		assertThat(progress.reached()).containsExactly(Workshop.Milestone.REGISTRATION_CLOSED);
		assertThat(progress.workshop().status()).isEqualTo(WorkshopStatus.REGISTRATION_CLOSED);
	}

	@Test
	void nothingHappensBeforeTheDeadline() {
		Workshop.Progress progress = scheduled().advance(DEADLINE.minusMillis(1));

		assertThat(progress.changed()).isFalse();
		assertThat(progress.workshop().status()).isEqualTo(WorkshopStatus.SCHEDULED);
	}

	@Test
	void aDraftIsNotClosedByTheDeadline() {
		assertThat(draft().advance(ENDS).changed()).isFalse();
	}

	// Completion

	@Test
	void theWorkshopCompletesWhenItsLastSessionEnds() {
		Workshop.Progress progress = scheduled().closeRegistration().advance(ENDS);

		assertThat(progress.reached()).containsExactly(Workshop.Milestone.COMPLETED);
		assertThat(progress.workshop().status()).isEqualTo(WorkshopStatus.COMPLETED);
		assertThat(progress.workshop().nextDueAt()).isNull();
	}

	@Test
	void afterALongPauseEverythingDueHappensInOrder() {
		Workshop prepared = scheduled().prepare(MATERIAL, QUESTIONS, null);

		Workshop.Progress progress = prepared.advance(ENDS.plus(Duration.ofDays(1)));

		assertThat(progress.reached()).containsExactly(Workshop.Milestone.REGISTRATION_CLOSED,
				Workshop.Milestone.MATERIALS_RELEASED, Workshop.Milestone.COMPLETED);
		assertThat(progress.workshop().status()).isEqualTo(WorkshopStatus.COMPLETED);
	}

	@Test
	void theWorkshopCannotBeCompletedBeforeItsLastSessionEnds() {
		assertRefused(() -> scheduled().complete(ENDS.minusMillis(1)), "status", "complete-before-end");
	}

	@Test
	void aDraftCannotBeCompleted() {
		assertRefused(() -> draft().complete(ENDS), "status", "complete-published-only");
	}

	// Cancellation

	@Test
	void aWorkshopCanBeCancelledWithAReasonFromAnyStateBeforeCompletion() {
		for (Workshop workshop : List.of(draft(), scheduled(), scheduled().closeRegistration())) {
			Workshop cancelled = workshop.cancel("  For få påmeldte. ");

			assertThat(cancelled.status()).isEqualTo(WorkshopStatus.CANCELLED);
			assertThat(cancelled.cancellationReason()).isEqualTo("For få påmeldte.");
			assertThat(cancelled.nextDueAt()).isNull();
		}
	}

	@Test
	void aCancellationWithoutReasonIsRefused() {
		assertRefused(() -> scheduled().cancel(" "), "reason", "reason-required");
	}

	@Test
	void aCompletedOrCancelledWorkshopCannotBeCancelled() {
		Workshop completed = scheduled().closeRegistration().complete(ENDS);

		assertRefused(() -> completed.cancel("Grunn"), "status", "cancel-before-completion");
		assertRefused(() -> scheduled().cancel("Grunn").cancel("Grunn"), "status", "cancel-before-completion");
	}

	@Test
	void aCancelledWorkshopIsNotClosedNorCompletedByTime() {
		assertThat(scheduled().cancel("Grunn").advance(ENDS.plus(Duration.ofDays(1))).changed()).isFalse();
	}

	// Rescheduling

	@Test
	void reschedulingMovesTheNamedSessionsAndTheDeadlineAndRaisesTheRevision() {
		Workshop workshop = scheduled();
		String sessionId = workshop.sessions().get(0).sessionId();
		Duration week = Duration.ofDays(7);

		Workshop moved = workshop.reschedule(DEADLINE.plus(week),
				List.of(new SessionTimes(sessionId, STARTS.plus(week), ENDS.plus(week))), NOW);

		assertThat(moved.revision()).isEqualTo(1);
		assertThat(moved.registrationDeadline()).isEqualTo(DEADLINE.plus(week));
		assertThat(moved.sessions()).singleElement().satisfies(session -> {
			assertThat(session.sessionId()).isEqualTo(sessionId);
			assertThat(session.startsAt()).isEqualTo(STARTS.plus(week));
			assertThat(session.capacity()).isEqualTo(60);
		});
		assertThat(moved.reschedule(null, List.of(new SessionTimes(sessionId, STARTS, ENDS)), NOW).revision())
			.isEqualTo(2);
	}

	@Test
	void aRescheduleThatPutsTheDeadlineAfterTheStartIsRefused() {
		Workshop workshop = scheduled();

		assertRefused(() -> workshop.reschedule(STARTS.plusSeconds(60), List.of(), NOW), "registrationDeadline",
				"deadline-not-before-start");
		String sessionId = workshop.sessions().get(0).sessionId();
		assertRefused(() -> workshop.reschedule(null,
				List.of(new SessionTimes(sessionId, DEADLINE.minusSeconds(3600), DEADLINE.plusSeconds(3600))), NOW),
				"registrationDeadline", "deadline-not-before-start");
	}

	@Test
	void aRescheduleToADeadlineThatHasPassedIsRefused() {
		assertRefused(() -> scheduled().reschedule(NOW, List.of(), NOW), "registrationDeadline", "deadline-in-past");
	}

	@Test
	void aRescheduledSessionThatEndsBeforeItStartsIsRefusedNamingIt() {
		Workshop workshop = scheduled();
		String sessionId = workshop.sessions().get(0).sessionId();

		assertRefused(() -> workshop.reschedule(null, List.of(new SessionTimes(sessionId, ENDS, STARTS)), NOW),
				"sessions[0].endsAt", "session-ends-before-start");
	}

	@Test
	void aSessionCannotBeRescheduledIntoThePast() {
		Workshop workshop = scheduled();
		String sessionId = workshop.sessions().get(0).sessionId();

		assertRefused(
				() -> workshop.reschedule(null,
						List.of(new SessionTimes(sessionId, NOW.minusSeconds(60), NOW.plusSeconds(60))), NOW),
				"sessions[0].startsAt", "session-in-past");
	}

	@Test
	void anUnknownSessionCannotBeRescheduled() {
		assertThatThrownBy(() -> scheduled().reschedule(null, List.of(new SessionTimes("nope", STARTS, ENDS)), NOW))
			.isInstanceOfSatisfying(NotFound.class,
					notFound -> assertThat(notFound.field()).isEqualTo("sessions[0].sessionId"));
	}

	@Test
	void aRescheduleWithoutAnythingNewIsRefused() {
		assertRefused(() -> scheduled().reschedule(null, List.of(), NOW), "sessions", "nothing-to-reschedule");
	}

	@Test
	void aNewDeadlineIsRefusedOnceRegistrationHasClosedBecauseItWouldNotOpenItAgain() {
		Workshop closed = scheduled().closeRegistration();

		assertThatThrownBy(() -> closed.reschedule(DEADLINE.plus(Duration.ofDays(1)), List.of(), NOW))
			.isInstanceOfSatisfying(ConflictingState.class, conflict -> {
				assertThat(conflict.field()).isEqualTo("registrationDeadline");
				assertThat(conflict.rule()).isEqualTo("deadline-after-close");
			});
	}

	@Test
	void afterRegistrationClosedTheSessionsMayMoveBeforeTheOldDeadline() {
		Workshop closed = scheduled().closeRegistration();
		String sessionId = closed.sessions().get(0).sessionId();
		Instant earlier = DEADLINE.minus(Duration.ofDays(2));

		Workshop moved = closed.reschedule(null,
				List.of(new SessionTimes(sessionId, earlier, earlier.plus(Duration.ofHours(2)))), NOW);

		assertThat(moved.firstSessionStartsAt()).isEqualTo(earlier);
		assertThat(moved.status()).isEqualTo(WorkshopStatus.REGISTRATION_CLOSED);
	}

	@Test
	void materialNotYetSentMovesWithTheFirstSessionWhenTheWorkshopIsRescheduled() {
		Workshop prepared = scheduled().prepare(MATERIAL, QUESTIONS, STARTS.minus(Duration.ofDays(3)));
		String sessionId = prepared.sessions().get(0).sessionId();
		Duration week = Duration.ofDays(7);

		Workshop later = prepared.reschedule(null,
				List.of(new SessionTimes(sessionId, STARTS.plus(week), ENDS.plus(week))), NOW);
		Workshop earlier = prepared.reschedule(null,
				List.of(new SessionTimes(sessionId, STARTS.minus(Duration.ofDays(1)), ENDS.minus(Duration.ofDays(1)))),
				NOW);

		assertThat(later.preparation().releaseAt()).isEqualTo(STARTS.plus(week).minus(Duration.ofDays(3)));
		assertThat(earlier.preparation().releaseAt()).isEqualTo(STARTS.minus(Duration.ofDays(4)));
		assertThat(later.preparation().releaseAt()).isBefore(later.firstSessionStartsAt());
	}

	@Test
	void materialAlreadySentIsNotSentAgainWhenTheWorkshopIsRescheduled() {
		Instant release = STARTS.minus(Duration.ofDays(7));
		Workshop sent = scheduled().closeRegistration().prepare(MATERIAL, QUESTIONS, null).advance(release).workshop();
		String sessionId = sent.sessions().get(0).sessionId();

		Workshop moved = sent.reschedule(null,
				List.of(new SessionTimes(sessionId, STARTS.plus(Duration.ofDays(7)), ENDS.plus(Duration.ofDays(7)))),
				release);

		assertThat(moved.preparation().releasedAt()).isEqualTo(release);
		assertThat(moved.advance(release.plus(Duration.ofDays(7))).reached())
			.doesNotContain(Workshop.Milestone.MATERIALS_RELEASED);
	}

	@Test
	void aDraftOrACancelledWorkshopCannotBeRescheduled() {
		assertRefused(() -> draft().reschedule(DEADLINE, List.of(), NOW), "status", "reschedule-published-only");
		assertRefused(() -> scheduled().cancel("Grunn").reschedule(DEADLINE, List.of(), NOW), "status",
				"reschedule-published-only");
	}

	// Overflow sessions

	@Test
	void anOverflowSessionCanBeAddedWhileRegistrationIsOpenAndAfterItClosed() {
		SessionPlan overflow = new SessionPlan(STARTS.plus(Duration.ofHours(4)), ENDS.plus(Duration.ofHours(4)), 40,
				null);

		for (Workshop workshop : List.of(scheduled(), scheduled().closeRegistration())) {
			Workshop added = workshop.addSession(overflow, NOW);

			assertThat(added.sessions()).hasSize(2);
			assertThat(added.sessions().get(1).capacity()).isEqualTo(40);
			assertThat(added.sessions().get(1).sessionId()).isNotBlank();
			assertThat(added.lastSessionEndsAt()).isEqualTo(ENDS.plus(Duration.ofHours(4)));
		}
	}

	@Test
	void anOverflowSessionEndingBeforeItStartsIsRefused() {
		assertRefused(() -> scheduled().addSession(new SessionPlan(ENDS, STARTS, 40, null), NOW), "endsAt",
				"session-ends-before-start");
	}

	@Test
	void anOverflowSessionBeforeTheDeadlineIsRefused() {
		assertRefused(
				() -> scheduled()
					.addSession(new SessionPlan(DEADLINE.minusSeconds(3600), DEADLINE.minusSeconds(60), 40, null), NOW),
				"startsAt", "session-before-deadline");
	}

	@Test
	void anOverflowSessionInThePastIsRefused() {
		assertRefused(
				() -> scheduled().addSession(new SessionPlan(STARTS, ENDS, 40, null), ENDS.plus(Duration.ofDays(1))),
				"startsAt", "session-in-past");
	}

	@Test
	void anOverflowSessionTooSmallForOneDelegationIsRefused() {
		assertRefused(() -> scheduled().addSession(new SessionPlan(STARTS, ENDS, 1, null), NOW), "capacity",
				"capacity-below-delegation-size");
	}

	@Test
	void anOverflowSessionBeforeTheOthersBringsMaterialNotYetSentForward() {
		Workshop prepared = scheduled().prepare(MATERIAL, QUESTIONS, null);
		Instant dayBefore = STARTS.minus(Duration.ofDays(1));

		Workshop added = prepared.addSession(new SessionPlan(dayBefore, dayBefore.plus(Duration.ofHours(2)), 40, null),
				NOW);

		assertThat(added.preparation().releaseAt()).isEqualTo(dayBefore.minus(Duration.ofDays(7)));
	}

	@Test
	void anOverflowSessionWithoutEndIsRefused() {
		assertRefused(() -> scheduled().addSession(new SessionPlan(STARTS, null, 40, null), NOW), "endsAt",
				"session-end-required");
	}

	@Test
	void aWorkshopCannotHaveMoreThanTwentySessions() {
		Workshop workshop = scheduled();
		for (int hour = 1; workshop.sessions().size() < 20; hour++) {
			Instant starts = STARTS.plus(Duration.ofHours(hour * 3));
			workshop = workshop.addSession(new SessionPlan(starts, starts.plus(Duration.ofHours(2)), 40, null), NOW);
		}
		Workshop full = workshop;

		assertRefused(() -> full.addSession(new SessionPlan(STARTS, ENDS, 40, null), NOW), "sessions",
				"too-many-sessions");
	}

	@Test
	void noSessionCanBeAddedToACancelledWorkshop() {
		assertRefused(() -> scheduled().cancel("Grunn").addSession(new SessionPlan(STARTS, ENDS, 40, null), NOW),
				"status", "add-session-active-only");
	}

	// Capacity

	@Test
	void staffCanChangeTheCapacityOfASession() {
		Workshop workshop = scheduled();
		String sessionId = workshop.sessions().get(0).sessionId();

		assertThat(workshop.changeCapacity(sessionId, 80, 0).sessionById(sessionId).capacity()).isEqualTo(80);
	}

	@Test
	void aCapacityTooSmallForOneDelegationIsRefused() {
		Workshop workshop = scheduled();
		String sessionId = workshop.sessions().get(0).sessionId();

		assertRefused(() -> workshop.changeCapacity(sessionId, 0, 0), "capacity", "capacity-too-small");
		assertRefused(() -> workshop.changeCapacity(sessionId, 1, 0), "capacity", "capacity-below-delegation-size");
		assertRefused(() -> workshop.changeCapacity(sessionId, 60, 0), "capacity", "capacity-unchanged");
	}

	@Test
	void aCapacityBelowThePersonsAlreadyConfirmedIsRefused() {
		Workshop workshop = scheduled();
		String sessionId = workshop.sessions().get(0).sessionId();

		assertRefused(() -> workshop.changeCapacity(sessionId, 11, 12), "capacity", "capacity-below-seats-taken");
		assertThat(workshop.changeCapacity(sessionId, 12, 12).sessionById(sessionId).capacity()).isEqualTo(12);
	}

	@Test
	void theCapacityOfAnUnknownSessionOrOfACompletedWorkshopCannotBeChanged() {
		assertThatThrownBy(() -> scheduled().changeCapacity("nope", 80, 0)).isInstanceOf(NotFound.class);
		Workshop completed = scheduled().closeRegistration().complete(ENDS);
		assertRefused(() -> completed.changeCapacity(completed.sessions().get(0).sessionId(), 80, 0), "status",
				"capacity-active-only");
	}

	// Preparation

	@Test
	void materialIsReleasedSevenDaysBeforeTheFirstSessionByDefault() {
		Workshop prepared = scheduled().closeRegistration().prepare(MATERIAL, QUESTIONS, null);
		Instant release = STARTS.minus(Duration.ofDays(7));

		assertThat(prepared.preparation().releaseAt()).isEqualTo(release);
		assertThat(prepared.preparation().isReleased()).isFalse();
		assertThat(prepared.advance(release.minusMillis(1)).changed()).isFalse();
		Workshop.Progress progress = prepared.advance(release);
		assertThat(progress.reached()).containsExactly(Workshop.Milestone.MATERIALS_RELEASED);
		assertThat(progress.workshop().preparation().releasedAt()).isEqualTo(release);
		assertThat(progress.workshop().advance(release.plusSeconds(60)).changed()).isFalse();
	}

	@Test
	void staffMayChooseTheReleaseTime() {
		Instant release = NOW.plus(Duration.ofDays(3));

		assertThat(scheduled().prepare(MATERIAL, List.of(), release).preparation().releaseAt()).isEqualTo(release);
	}

	@Test
	void aDraftsMaterialWaitsUntilTheWorkshopIsScheduled() {
		Workshop prepared = draft().prepare(MATERIAL, QUESTIONS, NOW);

		assertThat(prepared.advance(NOW).changed()).isFalse();
		assertThat(prepared.schedule(NOW).nextDueAt()).isEqualTo(NOW);
	}

	@Test
	void preparationWithoutMaterialOrQuestionsIsRefused() {
		assertRefused(() -> scheduled().prepare(List.of(), List.of(), null), "materials", "preparation-empty");
	}

	@Test
	void materialWithoutTitleOrLinkIsRefusedNamingIt() {
		assertRefused(() -> scheduled().prepare(List.of(new PreparationMaterial(" ", "https://x.no")), QUESTIONS, null),
				"materials[0].title", "material-title-required");
		assertRefused(() -> scheduled().prepare(List.of(new PreparationMaterial("Tittel", "")), QUESTIONS, null),
				"materials[0].url", "material-url-required");
		assertRefused(() -> scheduled().prepare(MATERIAL, List.of("  "), null), "reflectionQuestions[0]",
				"question-blank");
	}

	@Test
	void materialReleasedAfterTheStartIsRefused() {
		assertRefused(() -> scheduled().prepare(MATERIAL, QUESTIONS, STARTS), "releaseAt", "release-after-start");
	}

	@Test
	void aCancelledWorkshopGetsNoMaterial() {
		assertRefused(() -> scheduled().cancel("Grunn").prepare(MATERIAL, QUESTIONS, null), "status",
				"prepare-active-only");
	}

	private static Workshop draft() {
		return Workshop.draft("w-1", Plans.valid().plan(), CLOCK);
	}

	private static Workshop scheduled() {
		return Workshop.schedule("w-1", Plans.valid().plan(), CLOCK);
	}

	private static void assertRefused(ThrowingCallable change, String field, String rule) {
		assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.rule()).isEqualTo(rule);
			assertThat(violation.getMessage()).isNotBlank();
		});
	}

}
