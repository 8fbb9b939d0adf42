package no.ks.kulturskole.infra;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BannerTests {

	@Test
	void theBannerTellsAPersonWhereThePagesTheStaffDashboardAndTheApiDocumentsAre() {
		String banner = Banner.render(PlatformSettings.defaults(), Duration.ofMillis(41_500));

		assertThat(banner).contains("ready in 41.5 s")
			.contains("http://127.0.0.1:8080/   (nynorsk ?sprak=nn")
			.contains(
					"http://127.0.0.1:8080/stab   (local profile only: stab / kulturskole; administrator admin / kulturskole-admin)")
			.contains("http://127.0.0.1:8080/docs/swagger-ui.html")
			.contains("http://127.0.0.1:8025")
			.contains("workshop.events");
	}

	@Test
	void withoutTheApplicationsOnlyTheInfrastructureIsListed() {
		String banner = Banner.render(PlatformSettings.fromArgs("--no-apps"), Duration.ofSeconds(3));

		assertThat(banner).contains("Applications not started").doesNotContain("/stab");
	}

}
