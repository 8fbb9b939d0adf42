package no.ks.kulturskole.registration.attendance.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import no.ks.kulturskole.registration.attendance.model.MeetingReport.Attendee;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The video meetings' participant reports as Zoom and Teams export them. */
class MeetingReportTests {

	@Test
	void zoomsReportIsReadBelowItsMeetingSummaryWithEveryJoinOfAPersonAddedUp() throws IOException {
		assertThat(MeetingReport.read(resource("/attendance/zoom-participants.csv"))).containsExactly(
				new Attendee("Deltaker 1", "deltaker1@k1806.no", 153), new Attendee("Nordmann, Ola (iPad)", "", 95),
				new Attendee("Siri Privat", "siri@gmail.example", 150));
	}

	@Test
	void teamsTabSeparatedAttendanceListWithItsDurationsIsRead() {
		String teams = """
				Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole
				Kari Nordmann\t3/10/27, 9:00:01 AM\t3/10/27, 11:30:00 AM\t2h 29m 59s\tKari.Nordmann@Bergen.kommune.no\tAttendee
				Per Hansen\t3/10/27, 9:10:00 AM\t3/10/27, 9:55:00 AM\t45m 0s\tper@drammen.kommune.no\tAttendee
				""";
		assertThat(MeetingReport.read(teams)).containsExactly(
				new Attendee("Kari Nordmann", "kari.nordmann@bergen.kommune.no", 149),
				new Attendee("Per Hansen", "per@drammen.kommune.no", 45));
	}

	@Test
	void durationsComeInMinutesOrAsClockTime() {
		assertThat(MeetingReport.minutesOf("01:02:03")).isEqualTo(62);
		assertThat(MeetingReport.minutesOf("")).isZero();
	}

	@Test
	void aFileWithoutNameAndEmailColumnsIsRefusedNamingTheFile() {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> MeetingReport.read("a,b,c\n1,2,3\n"))
			.satisfies(refusal -> assertThat(refusal.field()).isEqualTo("file"));
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = MeetingReportTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
