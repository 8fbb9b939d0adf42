package no.ks.kulturskole.workshop.workshop.model;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import no.ks.kulturskole.support.problem.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static no.ks.kulturskole.workshop.workshop.model.Plans.DEADLINE;
import static no.ks.kulturskole.workshop.workshop.model.Plans.ENDS;
import static no.ks.kulturskole.workshop.workshop.model.Plans.MEETING_URL;
import static no.ks.kulturskole.workshop.workshop.model.Plans.NOW;
import static no.ks.kulturskole.workshop.workshop.model.Plans.STARTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkshopSchedulingRulesTests {

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void aValidPlanOpensTheWorkshopForRegistration() {
		Workshop workshop = schedule(Plans.valid());

		assertThat(workshop.status()).isEqualTo(WorkshopStatus.SCHEDULED);
		assertThat(workshop.title()).isEqualTo("Kulturskolen som utviklingsaktør");
		assertThat(workshop.format()).isEqualTo(new Format.Online(MEETING_URL));
		assertThat(workshop.delegationSize()).isEqualTo(new DelegationSize(2, 6));
		assertThat(workshop.scheduledAt()).isEqualTo(NOW);
		assertThat(workshop.sessions()).singleElement().satisfies(session -> {
			assertThat(session.sessionId()).isNotBlank();
			assertThat(session.startsAt()).isEqualTo(STARTS);
			assertThat(session.endsAt()).isEqualTo(ENDS);
			assertThat(session.capacity()).isEqualTo(60);
		});
		assertThat(workshop.isOpenForRegistration(NOW)).isTrue();
	}

	@Test
	void languageIsNorwegianBokmalWhenNotGiven() {
		assertThat(schedule(Plans.valid()).language()).isEqualTo("nb");
	}

	@Test
	void aWorkshopWithoutTitleIsRefused() {
		Plans plans = Plans.valid();
		plans.title = "  ";

		assertRefused(plans, "title", "title-required");
	}

	@Test
	void aWorkshopKeepsItsOrganisersTargetGroupAndPriceTrimmed() {
		Plans plans = Plans.valid();
		plans.organisers = new ArrayList<>(List.of(" KS ", "Norsk kulturskoleråd"));
		plans.targetGroup = "  Kulturskoleledere og politikere ";
		plans.free = false;

		Workshop workshop = schedule(plans);

		assertThat(workshop.organisers()).containsExactly("KS", "Norsk kulturskoleråd");
		assertThat(workshop.targetGroup()).isEqualTo("Kulturskoleledere og politikere");
		assertThat(workshop.free()).isFalse();
	}

	@Test
	void aWorkshopWithoutOrganisersOrPriceIsTheProgrammesOwnAndFree() {
		Plans plans = Plans.valid();
		plans.organisers = null;
		plans.free = null;

		Workshop workshop = schedule(plans);

		assertThat(workshop.organisers()).containsExactly("KS", "Norsk kulturskoleråd");
		assertThat(workshop.free()).isTrue();
	}

	@Test
	void aBlankTargetGroupIsKeptAsNone() {
		Plans plans = Plans.valid();
		plans.targetGroup = "   ";

		assertThat(schedule(plans).targetGroup()).isNull();
	}

	@Test
	void aWorkshopWithAnEmptyListOfOrganisersIsRefused() {
		Plans plans = Plans.valid();
		plans.organisers.clear();

		assertRefused(plans, "organisers", "organiser-required");
	}

	@Test
	void aBlankOrganiserIsRefusedNamingItsPlaceInTheList() {
		Plans plans = Plans.valid();
		plans.organisers.add("  ");

		assertRefused(plans, "organisers[2]", "organiser-blank");
	}

	@Test
	void aMissingOrganiserInTheListIsRefusedNamingItsPlace() {
		Plans plans = Plans.valid();
		plans.organisers.set(0, null);

		assertRefused(plans, "organisers[0]", "organiser-blank");
	}

	@Test
	void anOrganiserNameLongerThanOneHundredCharactersIsRefused() {
		Plans plans = Plans.valid();
		plans.organisers.set(1, "K".repeat(101));

		assertRefused(plans, "organisers[1]", "organiser-too-long");
	}

	@Test
	void anOrganiserNameOfOneHundredCharactersIsAccepted() {
		Plans plans = Plans.valid();
		plans.organisers.set(1, "K".repeat(100));

		assertThat(schedule(plans).organisers()).hasSize(2);
	}

	@Test
	void moreThanTenOrganisersAreRefused() {
		Plans plans = Plans.valid();
		for (int number = 1; plans.organisers.size() <= 10; number++) {
			plans.organisers.add("Kommune " + number);
		}

		assertRefused(plans, "organisers", "too-many-organisers");
	}

	@Test
	void anOrganiserNamedTwiceIsRefusedWhateverTheCase() {
		Plans plans = Plans.valid();
		plans.organisers.add("ks");

		assertRefused(plans, "organisers[2]", "organiser-duplicate");
	}

	@Test
	void aTargetGroupLongerThanOneThousandCharactersIsRefused() {
		Plans plans = Plans.valid();
		plans.targetGroup = "m".repeat(1001);

		assertRefused(plans, "targetGroup", "target-group-too-long");
	}

	@Test
	void aDraftIsCheckedForItsOrganisersToo() {
		Plans plans = Plans.valid();
		plans.organisers.clear();

		assertThatThrownBy(() -> Workshop.draft("workshop-1", plans.plan(), CLOCK)).isInstanceOfSatisfying(
				RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("organisers"));
	}

	@Test
	void aWorkshopWithoutFormatIsRefused() {
		Plans plans = Plans.valid();
		plans.format = null;

		assertRefused(plans, "format", "format-required");
	}

	@Test
	void aWorkshopWithoutSessionsIsRefused() {
		Plans plans = Plans.valid();
		plans.sessions.clear();

		assertRefused(plans, "sessions", "session-required");
	}

	@Test
	void aSessionThatEndsBeforeItStartsIsRefusedNamingTheSession() {
		Plans plans = Plans.valid()
			.session(STARTS.plus(Duration.ofHours(4)), STARTS.plus(Duration.ofHours(3)), 60, null);

		assertRefused(plans, "sessions[1].endsAt", "session-ends-before-start");
	}

	@Test
	void aSessionThatEndsWhenItStartsIsRefused() {
		Plans plans = Plans.valid().onlySession(STARTS, STARTS, 60, null);

		assertRefused(plans, "sessions[0].endsAt", "session-ends-before-start");
	}

	@Test
	void aSessionWithoutStartIsRefused() {
		Plans plans = Plans.valid().onlySession(null, ENDS, 60, null);

		assertRefused(plans, "sessions[0].startsAt", "session-start-required");
	}

	@Test
	void aSessionWithoutCapacityForOnePersonIsRefused() {
		Plans plans = Plans.valid();
		plans.minDelegationSize = 1;
		plans.onlySession(STARTS, ENDS, 0, null);

		assertRefused(plans, "sessions[0].capacity", "capacity-too-small");
	}

	@Test
	void aSessionTooSmallForOneDelegationIsRefused() {
		Plans plans = Plans.valid();
		plans.minDelegationSize = 4;
		plans.onlySession(STARTS, ENDS, 3, null);

		assertRefused(plans, "sessions[0].capacity", "capacity-below-delegation-size");
	}

	@Test
	void aDeadlineAtTheFirstSessionStartIsRefused() {
		Plans plans = Plans.valid();
		plans.registrationDeadline = STARTS;

		assertRefused(plans, "registrationDeadline", "deadline-not-before-start");
	}

	@Test
	void theDeadlineMustComeBeforeTheEarliestSessionWhateverTheirOrder() {
		Plans plans = Plans.valid()
			.session(DEADLINE.minus(Duration.ofDays(1)), DEADLINE.minus(Duration.ofHours(22)), 60, null);

		assertRefused(plans, "registrationDeadline", "deadline-not-before-start");
	}

	@Test
	void aDeadlineThatHasPassedIsRefused() {
		Plans plans = Plans.valid();
		plans.registrationDeadline = NOW.minusSeconds(60);

		assertRefused(plans, "registrationDeadline", "deadline-in-past");
	}

	@Test
	void aDeadlineOfRightNowIsRefused() {
		Plans plans = Plans.valid();
		plans.registrationDeadline = NOW;

		assertRefused(plans, "registrationDeadline", "deadline-in-past");
	}

	@Test
	void aWorkshopWithoutDeadlineIsRefused() {
		Plans plans = Plans.valid();
		plans.registrationDeadline = null;

		assertRefused(plans, "registrationDeadline", "deadline-required");
	}

	@Test
	void aMinimumDelegationSizeBelowOneIsRefused() {
		Plans plans = Plans.valid();
		plans.minDelegationSize = 0;

		assertRefused(plans, "minDelegationSize", "delegation-size-too-small");
	}

	@Test
	void aMaximumDelegationSizeBelowTheMinimumIsRefused() {
		Plans plans = Plans.valid();
		plans.minDelegationSize = 4;
		plans.maxDelegationSize = 3;

		assertRefused(plans, "maxDelegationSize", "delegation-size-range");
	}

	@Test
	void aMaximumEqualToTheMinimumOrNoMaximumIsAccepted() {
		Plans exact = Plans.valid();
		exact.maxDelegationSize = exact.minDelegationSize;
		Plans open = Plans.valid();
		open.maxDelegationSize = null;

		assertThat(schedule(exact).delegationSize()).isEqualTo(new DelegationSize(2, 2));
		assertThat(schedule(open).delegationSize()).isEqualTo(new DelegationSize(2, null));
	}

	@Test
	void anOnlineWorkshopWithoutAnyMeetingUrlIsRefused() {
		Plans plans = Plans.valid();
		plans.meetingUrl = null;

		assertRefused(plans, "meetingUrl", "meeting-url-required");
	}

	@Test
	void anOnlineWorkshopMayHaveALinkPerSessionInsteadOfOneForAll() {
		Plans plans = Plans.valid().onlySession(STARTS, ENDS, 60, "https://møte.example.no/formiddag");
		plans.meetingUrl = null;

		Workshop workshop = schedule(plans);

		assertThat(workshop.meetingUrlFor(workshop.sessions().get(0))).isEqualTo("https://møte.example.no/formiddag");
	}

	@Test
	void aSessionUsesTheWorkshopLinkUnlessItHasItsOwn() {
		Plans plans = Plans.valid()
			.session(STARTS.plus(Duration.ofHours(4)), ENDS.plus(Duration.ofHours(4)), 60,
					"https://møte.example.no/ettermiddag");

		Workshop workshop = schedule(plans);

		assertThat(workshop.sessions()).extracting(workshop::meetingUrlFor)
			.containsExactly(MEETING_URL, "https://møte.example.no/ettermiddag");
	}

	@Test
	void aMeetingUrlThatIsNotAWebAddressIsRefused() {
		Plans plans = Plans.valid();
		plans.meetingUrl = "møterom 3";

		assertRefused(plans, "meetingUrl", "meeting-url-invalid");
	}

	@Test
	void anOnlineWorkshopWithAVenueIsRefused() {
		Plans plans = Plans.valid();
		plans.venue = "Rådhuset";

		assertRefused(plans, "venue", "venue-not-allowed");
	}

	@Test
	void aVenueWorkshopWithoutAddressIsRefused() {
		assertRefused(Plans.valid().venue(" "), "venue", "venue-required");
	}

	@Test
	void aVenueWorkshopWithAMeetingUrlIsRefused() {
		Plans plans = Plans.valid().venue("Kulturhuset, Storgata 1, Hamar");
		plans.meetingUrl = MEETING_URL;

		assertRefused(plans, "meetingUrl", "meeting-url-not-allowed");
	}

	@Test
	void aVenueWorkshopWithASessionLinkIsRefused() {
		Plans plans = Plans.valid().venue("Kulturhuset, Storgata 1, Hamar").onlySession(STARTS, ENDS, 60, MEETING_URL);

		assertRefused(plans, "sessions[0].meetingUrl", "meeting-url-not-allowed");
	}

	@Test
	void aVenueWorkshopKeepsItsAddressAndHasNoLinks() {
		Workshop workshop = schedule(Plans.valid().venue("Kulturhuset, Storgata 1, Hamar"));

		assertThat(workshop.format()).isEqualTo(new Format.Venue("Kulturhuset, Storgata 1, Hamar"));
		assertThat(workshop.meetingUrlFor(workshop.sessions().get(0))).isNull();
	}

	@Test
	void aLanguageThatIsNotALanguageTagIsRefused() {
		Plans plans = Plans.valid();
		plans.language = "norsk";

		assertRefused(plans, "language", "language-invalid");
	}

	@Test
	void sessionsAreKeptSoonestFirst() {
		Plans plans = Plans.valid().session(STARTS.minus(Duration.ofDays(1)), ENDS.minus(Duration.ofDays(1)), 30, null);

		Workshop workshop = schedule(plans);

		assertThat(workshop.sessions()).extracting(Session::capacity).containsExactly(30, 60);
		assertThat(workshop.firstSessionStartsAt()).isEqualTo(STARTS.minus(Duration.ofDays(1)));
	}

	@Test
	void registrationClosesAtTheDeadline() {
		Workshop workshop = schedule(Plans.valid());

		assertThat(workshop.isOpenForRegistration(DEADLINE.minusMillis(1))).isTrue();
		assertThat(workshop.isOpenForRegistration(DEADLINE)).isFalse();
	}

	@Test
	void everyRefusalSpeaksNorwegian() {
		Plans plans = Plans.valid();
		plans.sessions.clear();

		assertThatThrownBy(() -> schedule(plans)).hasMessage("Verkstedet må ha minst én økt.");
		assertThatCode(() -> schedule(Plans.valid())).doesNotThrowAnyException();
	}

	private static Workshop schedule(Plans plans) {
		return Workshop.schedule("workshop-1", plans.plan(), CLOCK);
	}

	private static void assertRefused(Plans plans, String field, String rule) {
		ThrowingCallable scheduling = () -> schedule(plans);
		Consumer<RuleViolation> namesTheField = violation -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.rule()).isEqualTo(rule);
			assertThat(violation.getMessage()).isNotBlank();
		};
		assertThatThrownBy(scheduling).isInstanceOfSatisfying(RuleViolation.class, namesTheField);
	}

}
