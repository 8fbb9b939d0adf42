package no.ks.kulturskole.reporting.workshopreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.reporting.workshopreport.model.DailyRegistrations;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration curve of one workshop: every day of its registration period, from the
 * day it was scheduled to its deadline or today, whichever comes first. Plain model, no
 * storage.
 */
class RegistrationCurveTests {

	/** Norwegian winter time is UTC+1: 23:30 UTC is already the next day in Norway. */
	private static final Instant SCHEDULED = Instant.parse("2027-01-31T23:30:00Z");

	private static final Instant DEADLINE = Instant.parse("2027-02-10T22:59:00Z");

	@Test
	void theCurveRunsFromTheDayTheWorkshopWasScheduledToTheDeadlineWithEmptyDaysAtZero() {
		WorkshopReport report = report(SCHEDULED, DEADLINE, registeredAt("2027-02-03T09:00:00Z"),
				registeredAt("2027-02-03T15:00:00Z"), registeredAt("2027-02-06T12:00:00Z"));

		assertThat(report.registrationsPerDay()).containsExactly(day("2027-02-01", 0, 0), day("2027-02-02", 0, 0),
				day("2027-02-03", 2, 2), day("2027-02-04", 0, 2), day("2027-02-05", 0, 2), day("2027-02-06", 1, 3),
				day("2027-02-07", 0, 3), day("2027-02-08", 0, 3), day("2027-02-09", 0, 3), day("2027-02-10", 0, 3));
	}

	@Test
	void whileRegistrationIsOpenTheCurveEndsToday() {
		WorkshopReport report = report(SCHEDULED, DEADLINE, registeredAt("2027-02-03T09:00:00Z"));

		assertThat(report.asOf(LocalDate.parse("2027-02-05")).registrationsPerDay()).containsExactly(
				day("2027-02-01", 0, 0), day("2027-02-02", 0, 0), day("2027-02-03", 1, 1), day("2027-02-04", 0, 1),
				day("2027-02-05", 0, 1));
	}

	@Test
	void afterTheDeadlineTheCurveEndsAtTheDeadline() {
		WorkshopReport report = report(SCHEDULED, DEADLINE, registeredAt("2027-02-03T09:00:00Z"));

		assertThat(report.asOf(LocalDate.parse("2027-03-20")).registrationsPerDay()).hasSize(10)
			.last()
			.isEqualTo(day("2027-02-10", 0, 1));
	}

	@Test
	void aWorkshopNobodyRegisteredForHasAFlatCurveAtZero() {
		WorkshopReport report = report(SCHEDULED, DEADLINE).asOf(LocalDate.parse("2027-02-03"));

		assertThat(report.registrationsPerDay()).containsExactly(day("2027-02-01", 0, 0), day("2027-02-02", 0, 0),
				day("2027-02-03", 0, 0));
	}

	@Test
	void aRegistrationOutsideThePeriodWidensTheCurveRatherThanGoMissing() {
		// let in by staff after the deadline, read back while registration is long closed
		WorkshopReport report = report(SCHEDULED, DEADLINE, registeredAt("2027-02-02T09:00:00Z"),
				registeredAt("2027-02-12T09:00:00Z"))
			.asOf(LocalDate.parse("2027-03-01"));

		assertThat(report.registrationsPerDay()).hasSize(12).endsWith(day("2027-02-11", 0, 1), day("2027-02-12", 1, 2));
	}

	@Test
	void registrationsReadBeforeTheScheduleRunFromTheFirstOfThemToToday() {
		WorkshopReport report = report(null, null, registeredAt("2027-02-03T09:00:00Z"),
				registeredAt("2027-02-05T09:00:00Z"))
			.asOf(LocalDate.parse("2027-02-06"));

		assertThat(report.registrationsPerDay()).containsExactly(day("2027-02-03", 1, 1), day("2027-02-04", 0, 1),
				day("2027-02-05", 1, 2), day("2027-02-06", 0, 2));
	}

	@Test
	void cancelledDelegationsStayOnTheCurveSinceTheyDidRegisterThatDay() {
		DelegationReport cancelled = new DelegationReport("d-2", "3301", "Drammen", "33", "Buskerud", "KS Viken",
				"Oslo og Viken", "s-1", DelegationStatus.CANCELLED, 2, Instant.parse("2027-02-02T09:00:00Z"), false);
		WorkshopReport report = WorkshopReport.of("w-1", "Verksted", "Program", WorkshopStatus.SCHEDULED, SCHEDULED,
				DEADLINE, List.of(), List.of(cancelled), List.of(), List.of(), null, List.of());

		assertThat(report.registrationsPerDay()).contains(day("2027-02-02", 1, 1))
			.last()
			.isEqualTo(day("2027-02-10", 0, 1));
	}

	private static WorkshopReport report(Instant scheduled, Instant deadline, DelegationReport... delegations) {
		return WorkshopReport.of("w-1", "Verksted", "Program", WorkshopStatus.SCHEDULED, scheduled, deadline, List.of(),
				List.of(delegations), List.of(), List.of(), null, List.of());
	}

	private static DelegationReport registeredAt(String instant) {
		return new DelegationReport("d-" + UUID.randomUUID(), "4601", "Bergen", "46", "Vestland", "KS Vest-Norge",
				"Vestland", "s-1", DelegationStatus.CONFIRMED, 2, Instant.parse(instant), false);
	}

	private static DailyRegistrations day(String day, int delegations, int cumulative) {
		return new DailyRegistrations(LocalDate.parse(day), delegations, cumulative);
	}

}
