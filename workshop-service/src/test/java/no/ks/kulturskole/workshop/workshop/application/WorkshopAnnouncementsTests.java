package no.ks.kulturskole.workshop.workshop.application;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.workshop.workshop.model.DelegationSize;
import no.ks.kulturskole.workshop.workshop.model.DetailsChange;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.Session;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WorkshopAnnouncementsTests {

	private static final Instant STARTS = Instant.parse("2027-03-10T08:00:00Z");

	@Test
	void theAnnouncementGivesEachSessionTheLinkItsParticipantsWillGet() {
		Workshop workshop = workshop(new Format.Online("https://møte.example.no/felles"),
				new Session("s-1", STARTS, STARTS.plusSeconds(9000), 60, null),
				new Session("s-2", STARTS.plusSeconds(16200), STARTS.plusSeconds(25200), 40,
						"https://møte.example.no/ettermiddag"));

		WorkshopScheduled event = WorkshopAnnouncements.scheduled(workshop);

		assertThat(event.workshopId()).isEqualTo("w-1");
		assertThat(event.partitionKey()).isEqualTo("w-1");
		assertThat(event.occurredAt()).isEqualTo(workshop.scheduledAt());
		assertThat(event.schemaVersion()).isEqualTo(WorkshopScheduled.SCHEMA_VERSION);
		assertThat(event.format()).isEqualTo(WorkshopFormat.ONLINE);
		assertThat(event.venue()).isNull();
		assertThat(event.sessions()).extracting(SessionDetails::meetingUrl)
			.containsExactly("https://møte.example.no/felles", "https://møte.example.no/ettermiddag");
	}

	@Test
	void aVenueIsAnnouncedWithItsAddressAndNoLinks() {
		Workshop workshop = workshop(new Format.Venue("Kulturhuset, Hamar"),
				new Session("s-1", STARTS, STARTS.plusSeconds(9000), 60, null));

		WorkshopScheduled event = WorkshopAnnouncements.scheduled(workshop);

		assertThat(event.format()).isEqualTo(WorkshopFormat.VENUE);
		assertThat(event.venue()).isEqualTo("Kulturhuset, Hamar");
		assertThat(event.sessions()).extracting(SessionDetails::meetingUrl).containsOnlyNulls();
	}

	@Test
	void newDetailsAreAnnouncedWholeWithTheLinkEachSessionsParticipantsWillGet() {
		Workshop workshop = workshop(new Format.Online("https://møte.example.no/felles"),
				new Session("s-1", STARTS, STARTS.plusSeconds(9000), 60, null),
				new Session("s-2", STARTS.plusSeconds(16200), STARTS.plusSeconds(25200), 40,
						"https://møte.example.no/ettermiddag"))
			.changeDetails(new DetailsChange("Nytt navn", null, null, null, false, null, null,
					"https://møte.example.no/ny", null));
		Instant now = Instant.parse("2027-02-01T10:00:00Z");

		WorkshopDetailsChanged event = WorkshopAnnouncements.detailsChanged(workshop, now);

		assertThat(event.workshopId()).isEqualTo("w-1");
		assertThat(event.occurredAt()).isEqualTo(now);
		assertThat(event.schemaVersion()).isEqualTo(WorkshopDetailsChanged.SCHEMA_VERSION);
		assertThat(event.title()).isEqualTo("Nytt navn");
		assertThat(event.free()).isFalse();
		assertThat(event.language()).isEqualTo("nb");
		assertThat(event.format()).isEqualTo(WorkshopFormat.ONLINE);
		assertThat(event.venue()).isNull();
		assertThat(event.sessions()).extracting(SessionDetails::sessionId, SessionDetails::meetingUrl)
			.containsExactly(tuple("s-1", "https://møte.example.no/ny"),
					tuple("s-2", "https://møte.example.no/ettermiddag"));
	}

	private static Workshop workshop(Format format, Session... sessions) {
		return new Workshop("w-1", WorkshopStatus.SCHEDULED, "Verksted", null, "Fremtidens kulturskole", format, "nb",
				STARTS.minusSeconds(86400 * 9), new DelegationSize(2, null), false, List.of(sessions),
				Instant.parse("2027-01-15T10:00:00Z"));
	}

}
