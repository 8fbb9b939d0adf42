package no.ks.kulturskole.benchmarks;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The benchmark's own helpers; the benchmark itself runs only with -Prush-benchmark. */
class HelpersTests {

	@Test
	void percentilesAreNearestRank() {
		Latencies latencies = new Latencies(List.of(5L, 1L, 4L, 2L, 3L, 6L, 7L, 8L, 9L, 10L));
		assertThat(latencies.percentile(50)).isEqualTo(5);
		assertThat(latencies.percentile(99)).isEqualTo(10);
		assertThat(latencies.percentile(10)).isEqualTo(1);
		assertThat(latencies.max()).isEqualTo(10);
		assertThat(Latencies.format(41)).isEqualTo("41 ms");
		assertThat(Latencies.format(13_700)).isEqualTo("13.7 s");
	}

	@Test
	void everyMunicipalityHasItsOwnAddressesAndClient() {
		List<Municipality> municipalities = MunicipalityRegister.load().municipalities();
		assertThat(municipalities).hasSize(357);
		Set<String> recipients = new HashSet<>();
		Set<String> clients = new HashSet<>();
		for (int i = 0; i < municipalities.size(); i++) {
			recipients.addAll(Delegations.recipients(municipalities.get(i), "r1"));
			clients.add(RushRound.clientAddress(i));
		}
		assertThat(recipients).hasSize(357 * 5).allMatch((address) -> address.matches("[a-z0-9.]+@[a-z0-9.-]+\\.no"));
		assertThat(clients).hasSize(357).allMatch((address) -> address.startsWith("198.18."));
	}

	@Test
	void theRegistrationNamesTheMunicipalityAndFourParticipants() {
		Municipality bergen = MunicipalityRegister.load().municipality("4601").orElseThrow();
		String json = Delegations.registrationJson(bergen, "r1");
		assertThat(json).contains("\"municipalityNumber\": \"4601\"", "koordinator.r1@k4601.bergen.kommune.no");
		assertThat(json.split("roleCategory", -1)).hasSize(Delegations.PARTICIPANTS + 1);
	}

	@Test
	void theDashboardWatcherReadsTheDelegationRowsAsTheStaffPageRendersThem() {
		String page = """
				<tr>
					<th scope="row">Aurskog-Høland</th>
					<td>Akershus</td>
					<td>Økt 1</td>
				</tr>
				<tr><th scope="row">Nord-Fron</th>
					<td>Innlandet</td></tr>
				<tr><th scope="row">Hå &amp; co</th><td>Rogaland</td></tr>
				""";
		assertThat(DashboardWatcher.rows(page)).containsExactlyInAnyOrder(
				DashboardWatcher.rowKey("Aurskog-Høland", "Akershus"),
				DashboardWatcher.rowKey("Nord-Fron", "Innlandet"), DashboardWatcher.rowKey("Hå & co", "Rogaland"));
	}

	@Test
	void theApplicationsBusyShareLeavesThisJvmOut() {
		CpuMeter.Snapshot before = new CpuMeter.Snapshot(
				Map.of("gateway", Duration.ofMillis(1000), CpuMeter.HERE, Duration.ofMillis(5000)));
		CpuMeter.Snapshot after = new CpuMeter.Snapshot(
				Map.of("gateway", Duration.ofMillis(1300), CpuMeter.HERE, Duration.ofMillis(9000)));
		assertThat(after.applicationsBusy(before, Duration.ofSeconds(2))).isCloseTo(0.15, within(1e-9));
		assertThat(after.applicationsBusy(after, Duration.ofSeconds(2))).isZero();
	}

}
