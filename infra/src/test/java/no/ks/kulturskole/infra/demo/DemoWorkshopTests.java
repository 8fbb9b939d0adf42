package no.ks.kulturskole.infra.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DemoWorkshopTests {

	private final DemoWorkshop demo = new DemoWorkshop("http://127.0.0.1:1", Clock.systemUTC());

	@Test
	void theDemoWorkshopIsAnOpenOnlineWorkshopThirtyDaysAheadClosingNineDaysBefore() {
		Map<String, Object> request = DemoWorkshop.request(LocalDate.of(2027, 2, 8));

		assertThat(request).containsEntry("title", "Verksted 1: Kulturskolen som utviklingsaktør")
			.containsEntry("programme", "Fremtidens kulturskole")
			.containsEntry("format", "ONLINE")
			.containsEntry("language", "nb")
			.containsEntry("registrationDeadline", "2027-03-01T23:59")
			.containsEntry("minDelegationSize", 2)
			.containsEntry("outsideRoleRequired", true)
			.containsKeys("description", "meetingUrl", "maxDelegationSize");
		assertThat(request.get("sessions"))
			.isEqualTo(List.of(Map.of("startsAt", "2027-03-10T09:00", "endsAt", "2027-03-10T11:30", "capacity", 60)));
	}

	@Test
	void existingWorkshopsAreCountedInAListOrInAPage() {
		assertThat(this.demo.count("[]")).hasValue(0);
		assertThat(this.demo.count("[{\"id\":\"a\"},{\"id\":\"b\"}]")).hasValue(2);
		assertThat(this.demo.count("{\"content\":[{\"id\":\"a\"}],\"totalElements\":1}")).hasValue(1);
		assertThat(this.demo.count("{\"message\":\"hei\"}")).isEmpty();
		assertThat(this.demo.count("<html>")).isEmpty();
	}

	@Test
	void seedingIsOnlyAWarningWhenTheGatewayDoesNotAnswer() {
		assertThatNoException().isThrownBy(this.demo::createIfNoWorkshopExists);
	}

}
