package no.ks.kulturskole.workshop.workshop.model;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static no.ks.kulturskole.workshop.workshop.model.Plans.DEADLINE;
import static no.ks.kulturskole.workshop.workshop.model.Plans.ENDS;
import static no.ks.kulturskole.workshop.workshop.model.Plans.MEETING_URL;
import static no.ks.kulturskole.workshop.workshop.model.Plans.NOW;
import static no.ks.kulturskole.workshop.workshop.model.Plans.STARTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff change what a workshop says about itself after publishing it: its title,
 * description, organisers, target group, price, format with venue or link, and language.
 * Never its deadline or delegation rules, which registered delegations rely on.
 */
class WorkshopDetailsTests {

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private static final String NEW_LINK = "https://møte.example.no/ny-lenke";

	@Test
	void aScheduledWorkshopGetsANewTitleDescriptionOrganisersTargetGroupPriceAndLanguage() {
		Workshop workshop = scheduled();

		Workshop changed = workshop.changeDetails(change().title("  Kulturskolen som ressurssenter ")
			.description("Nytt innhold")
			.organisers("Norsk kulturskoleråd", " KS Vest-Norge ")
			.targetGroup("Kommunalsjefer")
			.free(false)
			.language("nn")
			.build());

		assertThat(changed.title()).isEqualTo("Kulturskolen som ressurssenter");
		assertThat(changed.description()).isEqualTo("Nytt innhold");
		assertThat(changed.offering())
			.isEqualTo(new Offering(List.of("Norsk kulturskoleråd", "KS Vest-Norge"), "Kommunalsjefer", false));
		assertThat(changed.language()).isEqualTo("nn");
		assertThat(changed.status()).isEqualTo(WorkshopStatus.SCHEDULED);
		assertThat(changed.version()).isEqualTo(workshop.version());
	}

	@Test
	void theDeadlineTheDelegationRulesTheSessionsAndTheRevisionStayAsTheyWere() {
		Workshop workshop = scheduled();

		Workshop changed = workshop.changeDetails(change().title("Nytt navn").build());

		assertThat(changed.registrationDeadline()).isEqualTo(DEADLINE);
		assertThat(changed.delegationSize()).isEqualTo(workshop.delegationSize());
		assertThat(changed.outsideRoleRequired()).isTrue();
		assertThat(changed.sessions()).isEqualTo(workshop.sessions());
		assertThat(changed.revision()).isZero();
		assertThat(changed.programme()).isEqualTo(workshop.programme());
	}

	@Test
	void whatTheChangeLeavesOutStays() {
		Workshop workshop = scheduled();

		Workshop changed = workshop.changeDetails(change().title("Nytt navn").build());

		assertThat(changed.description()).isEqualTo(workshop.description());
		assertThat(changed.offering()).isEqualTo(workshop.offering());
		assertThat(changed.format()).isEqualTo(workshop.format());
		assertThat(changed.language()).isEqualTo(workshop.language());
	}

	@Test
	void aBlankDescriptionOrTargetGroupIsRemoved() {
		Workshop changed = scheduled().changeDetails(change().description(" ").targetGroup("").build());

		assertThat(changed.description()).isNull();
		assertThat(changed.targetGroup()).isNull();
	}

	@Test
	void aChangeThatChangesNothingGivesBackTheSameWorkshop() {
		Workshop workshop = scheduled();

		assertThat(workshop.changeDetails(change().build())).isSameAs(workshop);
		assertThat(workshop.changeDetails(change().title(" " + workshop.title() + " ")
			.organisers("KS", "Norsk kulturskoleråd")
			.free(true)
			.format(FormatKind.ONLINE)
			.meetingUrl(MEETING_URL)
			.language("nb")
			.build())).isSameAs(workshop);
	}

	@Test
	void aNewMeetingLinkReachesEverySessionWithoutALinkOfItsOwn() {
		Workshop workshop = Workshop.schedule("w-1",
				Plans.valid()
					.session(STARTS.plus(Duration.ofHours(4)), ENDS.plus(Duration.ofHours(4)), 60,
							"https://møte.example.no/ettermiddag")
					.plan(),
				CLOCK);

		Workshop changed = workshop.changeDetails(change().meetingUrl(NEW_LINK).build());

		assertThat(changed.format()).isEqualTo(new Format.Online(NEW_LINK));
		assertThat(changed.sessions()).extracting(changed::meetingUrlFor)
			.containsExactly(NEW_LINK, "https://møte.example.no/ettermiddag");
	}

	@Test
	void theWorkshopLinkMayGoWhenEverySessionHasItsOwnButNotOtherwise() {
		Workshop ownLinks = Workshop.schedule("w-1",
				Plans.valid().onlySession(STARTS, ENDS, 60, "https://møte.example.no/formiddag").plan(), CLOCK);

		assertThat(ownLinks.changeDetails(change().meetingUrl("").build()).format()).isEqualTo(new Format.Online(null));
		assertRefused(() -> scheduled().changeDetails(change().meetingUrl(" ").build()), "meetingUrl",
				"meeting-url-required");
	}

	@Test
	void anOnlineWorkshopMovedToAVenueNeedsAnAddressAndLosesEveryMeetingLink() {
		Workshop workshop = Workshop.schedule("w-1",
				Plans.valid()
					.session(STARTS.plus(Duration.ofHours(4)), ENDS.plus(Duration.ofHours(4)), 60,
							"https://møte.example.no/ettermiddag")
					.plan(),
				CLOCK);

		assertRefused(() -> workshop.changeDetails(change().format(FormatKind.VENUE).build()), "venue",
				"venue-required");
		Workshop moved = workshop
			.changeDetails(change().format(FormatKind.VENUE).venue(" Kulturhuset, Hamar ").build());

		assertThat(moved.format()).isEqualTo(new Format.Venue("Kulturhuset, Hamar"));
		assertThat(moved.sessions()).extracting(moved::meetingUrlFor).containsOnlyNulls();
	}

	@Test
	void aVenueWorkshopKeepsItsAddressUnlessGivenANewOne() {
		Workshop workshop = Workshop.schedule("w-1", Plans.valid().venue("Kulturhuset, Hamar").plan(), CLOCK);

		assertThat(workshop.changeDetails(change().title("Nytt navn").build()).format())
			.isEqualTo(new Format.Venue("Kulturhuset, Hamar"));
		assertThat(workshop.changeDetails(change().venue("Rådhuset, Hamar").build()).format())
			.isEqualTo(new Format.Venue("Rådhuset, Hamar"));
		assertRefused(() -> workshop.changeDetails(change().venue(" ").build()), "venue", "venue-required");
	}

	@Test
	void aVenueWorkshopMovedOnlineNeedsAMeetingLink() {
		Workshop workshop = Workshop.schedule("w-1", Plans.valid().venue("Kulturhuset, Hamar").plan(), CLOCK);

		assertRefused(() -> workshop.changeDetails(change().format(FormatKind.ONLINE).build()), "meetingUrl",
				"meeting-url-required");
		Workshop moved = workshop.changeDetails(change().format(FormatKind.ONLINE).meetingUrl(NEW_LINK).build());

		assertThat(moved.format()).isEqualTo(new Format.Online(NEW_LINK));
		assertThat(moved.sessions()).extracting(moved::meetingUrlFor).containsOnly(NEW_LINK);
	}

	@Test
	void detailsAreRefusedByTheSameRulesAsWhenTheWorkshopWasCreated() {
		Workshop workshop = scheduled();

		assertRefused(() -> workshop.changeDetails(change().title(" ").build()), "title", "title-required");
		assertRefused(() -> workshop.changeDetails(change().organisers().build()), "organisers", "organiser-required");
		assertRefused(() -> workshop.changeDetails(change().organisers("KS", "ks").build()), "organisers[1]",
				"organiser-duplicate");
		assertRefused(() -> workshop.changeDetails(change().targetGroup("x".repeat(1001)).build()), "targetGroup",
				"target-group-too-long");
		assertRefused(() -> workshop.changeDetails(change().meetingUrl("møterom 3").build()), "meetingUrl",
				"meeting-url-invalid");
		assertRefused(() -> workshop.changeDetails(change().venue("Kulturhuset").build()), "venue",
				"venue-not-allowed");
		assertRefused(() -> workshop.changeDetails(change().language("norsk!").build()), "language",
				"language-invalid");
		Workshop venue = Workshop.schedule("w-2", Plans.valid().venue("Kulturhuset, Hamar").plan(), CLOCK);
		assertRefused(() -> venue.changeDetails(change().meetingUrl(NEW_LINK).build()), "meetingUrl",
				"meeting-url-not-allowed");
	}

	@Test
	void aWorkshopWhoseRegistrationHasClosedAndADraftMayBeDescribedAnew() {
		for (Workshop workshop : List.of(scheduled().closeRegistration(), draft())) {
			Workshop changed = workshop.changeDetails(change().title("Nytt navn").build());

			assertThat(changed.title()).isEqualTo("Nytt navn");
			assertThat(changed.status()).isEqualTo(workshop.status());
		}
	}

	@Test
	void aCompletedOrCancelledWorkshopsDetailsCannotBeChanged() {
		Workshop completed = scheduled().closeRegistration().complete(ENDS);
		Workshop cancelled = scheduled().cancel("For få påmeldte");

		for (Workshop workshop : List.of(completed, cancelled)) {
			assertThatThrownBy(() -> workshop.changeDetails(change().title("Nytt navn").build()))
				.isInstanceOfSatisfying(ConflictingState.class, conflict -> {
					assertThat(conflict.field()).isEqualTo("status");
					assertThat(conflict.rule()).isEqualTo("details-active-only");
				});
		}
	}

	private static Workshop scheduled() {
		return Workshop.schedule("w-1", Plans.valid().plan(), CLOCK);
	}

	private static Workshop draft() {
		return Workshop.draft("w-1", Plans.valid().plan(), CLOCK);
	}

	private static Change change() {
		return new Change();
	}

	private static void assertRefused(ThrowingCallable change, String field, String rule) {
		assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation).isNotInstanceOf(ConflictingState.class);
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.rule()).isEqualTo(rule);
			assertThat(violation.getMessage()).isNotBlank();
		});
	}

	/** A change of details, one field at a time; what is not set is left out. */
	private static final class Change {

		private String title;

		private String description;

		private List<String> organisers;

		private String targetGroup;

		private Boolean free;

		private FormatKind format;

		private String venue;

		private String meetingUrl;

		private String language;

		Change title(String title) {
			this.title = title;
			return this;
		}

		Change description(String description) {
			this.description = description;
			return this;
		}

		Change organisers(String... organisers) {
			this.organisers = new ArrayList<>(Arrays.asList(organisers));
			return this;
		}

		Change targetGroup(String targetGroup) {
			this.targetGroup = targetGroup;
			return this;
		}

		Change free(boolean free) {
			this.free = free;
			return this;
		}

		Change format(FormatKind format) {
			this.format = format;
			return this;
		}

		Change venue(String venue) {
			this.venue = venue;
			return this;
		}

		Change meetingUrl(String meetingUrl) {
			this.meetingUrl = meetingUrl;
			return this;
		}

		Change language(String language) {
			this.language = language;
			return this;
		}

		DetailsChange build() {
			return new DetailsChange(this.title, this.description, this.organisers, this.targetGroup, this.free,
					this.format, this.venue, this.meetingUrl, this.language);
		}

	}

}
