package no.ks.kulturskole.benchmarks;

import java.time.Duration;
import java.time.LocalDate;

/** The workshop a rush registers for, created through the gateway as staff. */
final class RushWorkshop {

	/** Two sessions of 400 for 357 × 4 = 1 428 asked: a waiting list forms. */
	static final int SESSION_CAPACITY = 400;

	private RushWorkshop() {
	}

	static String create(Gateway gateway, String title) {
		LocalDate day = LocalDate.now().plusDays(40);
		LocalDate deadline = LocalDate.now().plusDays(33);
		Gateway.Answer created = gateway.postAsStaff("/api/workshops", """
				{"title": "%s", "programme": "Fremtidens kulturskole", "format": "ONLINE",
				 "meetingUrl": "https://møte.example.no/rush", "registrationDeadline": "%sT12:00",
				 "minDelegationSize": 2, "maxDelegationSize": 6,
				 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT11:30", "capacity": %d},
				              {"startsAt": "%sT12:30", "endsAt": "%sT15:00", "capacity": %d}]}""".formatted(title,
				deadline, day, day, SESSION_CAPACITY, day, day, SESSION_CAPACITY));
		if (created.status() != 201) {
			throw new IllegalStateException(
					"Could not create the workshop: " + created.status() + " " + created.body());
		}
		return created.json().get("id").asString();
	}

	/**
	 * registration-service learns of a new workshop from workshop.events: wait until a
	 * registration without delegates is refused for that reason (a rule of the workshop,
	 * checked against it) rather than for an unknown workshop; nothing is stored.
	 */
	static void awaitRegistrationKnows(Gateway gateway, String workshopId) {
		String probe = """
				{"municipalityNumber": "4601", "coordinator": {"name": "Probe", "email": "probe@example.no"},
				 "participants": []}""";
		int[] status = { 0 };
		boolean known = Polling.awaitCondition(Duration.ofSeconds(60), Duration.ofMillis(200), () -> {
			status[0] = gateway
				.postFrom("198.51.100.1", "/api/public/workshops/" + workshopId + "/registrations", probe)
				.status();
			return status[0] != 404 && status[0] != 429;
		});
		if (!known) {
			throw new IllegalStateException("registration-service did not learn of workshop " + workshopId
					+ " within 60 s (last answer " + status[0] + ")");
		}
	}

}
