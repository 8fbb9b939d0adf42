package no.ks.kulturskole.registration.pilot.model;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PilotApplicationTests {

	static final Instant NOW = Instant.parse("2027-04-01T10:00:00Z");

	@Test
	void anApplicationIsSubmittedWithItsMotivationAndAnnounced() {
		PilotApplication.Submitted submitted = submit("4601");

		assertThat(submitted.application().status()).isEqualTo(PilotStatus.SUBMITTED);
		assertThat(submitted.event().applicationId()).isEqualTo(submitted.application().id());
		assertThat(submitted.event().partitionKey()).isEqualTo(submitted.application().id());
		assertThat(submitted.event().motivation()).isEqualTo("Vi vil være med.");
		assertThat(submitted.event().inGuidanceScheme()).isTrue();
	}

	@Test
	void selectingAnApplicationIsAnEventAndSelectingAgainChangesNothing() {
		PilotApplication application = submit("4601").application();

		PilotApplication.Decided selected = application.decide(PilotStatus.SELECTED, null, NOW);
		PilotApplication.Decided again = selected.after().decide(PilotStatus.SELECTED, null, NOW);

		assertThat(selected.event()).get()
			.isInstanceOfSatisfying(PilotMunicipalitySelected.class,
					event -> assertThat(event.organisationNumber()).isEqualTo("4601"));
		assertThat(selected.after().status()).isEqualTo(PilotStatus.SELECTED);
		assertThat(selected.after().version()).isEqualTo(application.version() + 1);
		assertThat(again.event()).isEmpty();
	}

	@Test
	void aDeclineCarriesItsReasonAndADecisionMayBeRevised() {
		PilotApplication selected = submit("4601").application().decide(PilotStatus.SELECTED, null, NOW).after();

		PilotApplication.Decided declined = selected.decide(PilotStatus.DECLINED, "Mange søkere i regionen", NOW);

		assertThat(declined.event()).get().isInstanceOfSatisfying(PilotApplicationDeclined.class, event -> {
			assertThat(event.reason()).isEqualTo("Mange søkere i regionen");
			assertThat(event.organisationNumber()).isEqualTo("4601");
		});
		assertThat(declined.after().declineReason()).isEqualTo("Mange søkere i regionen");
	}

	@Test
	void anApplicationCannotBeDecidedBackToSubmitted() {
		assertThatThrownBy(() -> submit("4601").application().decide(PilotStatus.SUBMITTED, null, NOW))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void theSelectionWarnsAboveSevenAndShowsTheSpreadOverRegionsAndCounties() {
		List<String[]> seven = IntStream.range(0, 7)
			.mapToObj(i -> new String[] { (i < 4) ? "Vest" : "Nord", (i < 2) ? "Vestland" : "Rogaland" })
			.toList();
		List<String[]> eight = IntStream.range(0, 8).mapToObj(i -> new String[] { "Øst", "Akershus" }).toList();

		PilotSelection atTarget = PilotSelection.of(seven, row -> row[0], row -> row[1]);
		PilotSelection above = PilotSelection.of(eight, row -> row[0], row -> row[1]);

		assertThat(atTarget.aboveTarget()).isFalse();
		assertThat(atTarget.warning()).isNull();
		assertThat(atTarget.byKsRegion()).containsEntry("Vest", 4).containsEntry("Nord", 3);
		assertThat(atTarget.byCounty()).containsEntry("Vestland", 2).containsEntry("Rogaland", 5);
		assertThat(above.aboveTarget()).isTrue();
		assertThat(above.warning()).contains("8 pilotkommuner");
	}

	private static PilotApplication.Submitted submit(String number) {
		return PilotApplication.submit(new Organisation(number, "Kommune " + number, "46", "Vestland"),
				new Contact("Kari", "kari@example.no", null), "Vi vil være med.", true, NOW);
	}

}
