package no.ks.kulturskole.notification.confirmation.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTimeTextTests {

	@Test
	void aSessionWithinOneDayIsWrittenAsDayAndTimeSpanInOsloTime() {
		// 08:00Z is 09:00 in Oslo in winter (CET)
		String text = SessionTimeText.of(Instant.parse("2027-03-10T08:00:00Z"), Instant.parse("2027-03-10T10:30:00Z"));

		assertThat(text).isEqualTo("onsdag 10. mars 2027 kl. 09:00\u201311:30");
	}

	@Test
	void summerTimeIsTakenIntoAccount() {
		// 07:00Z is 09:00 in Oslo in summer (CEST)
		String text = SessionTimeText.of(Instant.parse("2027-06-09T07:00:00Z"), Instant.parse("2027-06-09T09:00:00Z"));

		assertThat(text).isEqualTo("onsdag 9. juni 2027 kl. 09:00\u201311:00");
	}

	@Test
	void aSessionOverMidnightNamesBothDays() {
		String text = SessionTimeText.of(Instant.parse("2027-03-10T20:00:00Z"), Instant.parse("2027-03-11T08:00:00Z"));

		assertThat(text).isEqualTo("onsdag 10. mars 2027 kl. 21:00 til torsdag 11. mars 2027 kl. 09:00");
	}

	@Test
	void aSessionWithoutEndShowsOnlyItsStart() {
		assertThat(SessionTimeText.of(Instant.parse("2027-03-10T08:00:00Z"), null))
			.isEqualTo("onsdag 10. mars 2027 kl. 09:00");
	}

}
