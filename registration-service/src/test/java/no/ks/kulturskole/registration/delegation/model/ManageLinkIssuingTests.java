package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the model announces a self-service link, and when a coordinator's request for a
 * new one changes anything. The secret is a stand-in that seals by naming the delegation,
 * so that the tests see which delegation a sealed secret was bound to.
 */
class ManageLinkIssuingTests {

	static final Instant NOW = Instant.parse("2027-02-20T10:00:00Z");

	static final Instant DEADLINE = Instant.parse("2027-03-01T22:59:00Z");

	static final Instant MORNING = Instant.parse("2027-03-10T08:00:00Z");

	@Test
	void aNewDelegationStoresOnlyTheHashAndAnnouncesTheSealedSecretRightAfterItsDelegates() {
		RegistrationOutcome.Registered outcome = (RegistrationOutcome.Registered) workshop(20)
			.register(request("4601", 3, new FakeSecret("første")), NOW);

		String delegationId = outcome.delegation().delegationId();
		assertThat(outcome.delegation().manageTokenHash()).isEqualTo("hash:første");
		assertThat(outcome.events()).extracting(event -> event.getClass().getSimpleName())
			.containsExactly("DelegationRegistered", "ParticipantRegistered", "ParticipantRegistered",
					"ParticipantRegistered", "ManageLinkIssued");
		assertThat(outcome.events().get(4)).isInstanceOfSatisfying(ManageLinkIssued.class, event -> {
			assertThat(event.reason()).isEqualTo(ManageLinkIssued.Reason.REGISTERED);
			assertThat(event.sealedSecret()).isEqualTo("sealed:første:for:" + delegationId);
			assertThat(event.delegationId()).isEqualTo(delegationId);
			assertThat(event.workshopId()).isEqualTo("w-1");
			assertThat(event.language()).isEqualTo("nn");
		});
	}

	@Test
	void aWaitlistedDelegationGetsItsLinkBeforeItIsToldItWaits() {
		WorkshopRegistrations full = registered(workshop(4), request("4601", 4, new FakeSecret("a")));

		RegistrationOutcome.Registered outcome = (RegistrationOutcome.Registered) full
			.register(request("0301", 2, new FakeSecret("b")), NOW);

		List<DomainEvent> events = outcome.events();
		assertThat(events.get(0)).isInstanceOf(DelegationRegistered.class);
		assertThat(events.subList(1, 3)).allMatch(ParticipantRegistered.class::isInstance);
		assertThat(events.get(3)).isInstanceOf(ManageLinkIssued.class);
		assertThat(events.get(4)).isInstanceOf(DelegationWaitlisted.class);
	}

	@Test
	void registeringAgainAnnouncesNoSecondLink() {
		WorkshopRegistrations registrations = registered(workshop(20), request("4601", 3, new FakeSecret("a")));

		RegistrationOutcome again = registrations.register(request("4601", 3, new FakeSecret("b")), NOW);

		assertThat(again).isInstanceOf(RegistrationOutcome.AlreadyRegistered.class);
		assertThat(again.delegation().manageTokenHash()).isEqualTo("hash:a");
	}

	@Test
	void theCoordinatorAddressInAnyCaseAndWithSpacesGetsANewLinkThatReplacesTheOldOne() {
		WorkshopRegistrations registrations = registered(workshop(20), request("4601", 3, new FakeSecret("gammel")));
		String delegationId = registrations.delegations().get(0).delegationId();

		Optional<Change> change = registrations.newManageLink("4601", "  Kari@K4601.Kommune.no ", new FakeSecret("ny"),
				NOW);

		assertThat(change).hasValueSatisfying(changed -> {
			assertThat(changed.after().delegation(delegationId).orElseThrow().manageTokenHash()).isEqualTo("hash:ny");
			assertThat(changed.after().version()).isEqualTo(registrations.version() + 1);
			assertThat(changed.events()).singleElement().isInstanceOfSatisfying(ManageLinkIssued.class, event -> {
				assertThat(event.reason()).isEqualTo(ManageLinkIssued.Reason.REQUESTED);
				assertThat(event.sealedSecret()).isEqualTo("sealed:ny:for:" + delegationId);
				assertThat(event.language()).isEqualTo("nn");
			});
		});
	}

	@Test
	void aDelegateAddressAnotherMunicipalityOrACancelledDelegationGetsNoNewLink() {
		WorkshopRegistrations registrations = registered(workshop(20), request("4601", 3, new FakeSecret("a")));
		String delegationId = registrations.delegations().get(0).delegationId();
		WorkshopRegistrations cancelled = registrations.cancel(delegationId, "Avmeldt", NOW).after();

		assertThat(registrations.newManageLink("4601", "deltaker1@k4601.no", new FakeSecret("b"), NOW)).isEmpty();
		assertThat(registrations.newManageLink("0301", "kari@k4601.kommune.no", new FakeSecret("b"), NOW)).isEmpty();
		assertThat(registrations.newManageLink("4601", null, new FakeSecret("b"), NOW)).isEmpty();
		assertThat(cancelled.newManageLink("4601", "kari@k4601.kommune.no", new FakeSecret("b"), NOW)).isEmpty();
	}

	private static WorkshopRegistrations registered(WorkshopRegistrations registrations, DelegationRequest request) {
		return ((RegistrationOutcome.Registered) registrations.register(request, NOW)).after();
	}

	private static WorkshopRegistrations workshop(int capacity) {
		return WorkshopRegistrations.scheduled("w-1", "event-1",
				new Workshop("Verksted 1", WorkshopStatus.SCHEDULED, DEADLINE, 1, null, false,
						List.of(new Session("morning", MORNING, MORNING.plusSeconds(9000), capacity))));
	}

	private static DelegationRequest request(String number, int persons, ManageSecret secret) {
		return new DelegationRequest(new Organisation(number, "Kommune " + number, "46", "Vestland"),
				new Contact("Kari", "kari@k" + number + ".kommune.no", null),
				IntStream.rangeClosed(1, persons)
					.mapToObj(i -> new NewParticipant("Deltaker " + i, "deltaker" + i + "@k" + number + ".no",
							"Rolle " + i, RoleCategory.SCHOOL))
					.toList(),
				"nn", secret);
	}

	private record FakeSecret(String secret) implements ManageSecret {

		@Override
		public String hash() {
			return "hash:" + this.secret;
		}

		@Override
		public String sealedFor(String delegationId) {
			return "sealed:" + this.secret + ":for:" + delegationId;
		}

	}

}
