package no.ks.kulturskole.endtoend;

import java.util.List;
import java.util.Map;

import no.ks.kulturskole.infra.LocalPlatform;
import no.ks.kulturskole.infra.apps.Application;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone on the same host (or anywhere the services' ports are published) goes round the
 * gateway: every service refuses its staff paths to a caller without a token the gateway
 * signed, while its public paths, health and API document stay open. Through the gateway
 * the same staff paths answer a signed-in staff member.
 */
class ServicePortsEndToEndTests {

	/**
	 * One staff path per service; each read would show personal data or change things.
	 */
	private static final Map<Application, List<String>> STAFF_PATHS = Map.of(Application.WORKSHOP,
			List.of("/api/workshops"), Application.REGISTRATION, List.of("/api/registrations?workshopId=x"),
			Application.NOTIFICATION, List.of("/api/notifications"), Application.REPORTING,
			List.of("/api/reports/workshops", "/api/reports/coverage?dimension=ks-region"));

	static LocalPlatform platform;

	@BeforeAll
	static void startThePlatform() {
		platform = RunningPlatform.get();
	}

	@Test
	void everyServiceRefusesItsStaffPathsToACallerWithoutAToken() {
		STAFF_PATHS.forEach((service, paths) -> {
			PlatformClient direct = new PlatformClient(platform.urlOf(service));
			for (String path : paths) {
				assertThat(direct.get(path).status()).as(service + " " + path).isEqualTo(401);
			}
		});
		PlatformClient reporting = new PlatformClient(platform.urlOf(Application.REPORTING));
		assertThat(reporting.post("/api/reports/admin/rebuild", "application/json", "{}", null).status())
			.isEqualTo(401);
	}

	@Test
	void theGatewaysStaffLoginStillOpensThem() {
		PlatformClient gateway = RunningPlatform.client();

		assertThat(gateway.getAsStaff("/api/workshops").status()).isEqualTo(200);
		assertThat(gateway.getAsStaff("/api/notifications").status()).isEqualTo(200);
		assertThat(gateway.getAsStaff("/api/reports/workshops").status()).isEqualTo(200);
	}

	@Test
	void publicPathsHealthAndApiDocumentsNeedNoToken() {
		PlatformClient workshop = new PlatformClient(platform.urlOf(Application.WORKSHOP));
		PlatformClient registration = new PlatformClient(platform.urlOf(Application.REGISTRATION));

		assertThat(workshop.get("/api/public/workshops").status()).isEqualTo(200);
		assertThat(registration.get("/api/public/municipalities").status()).isEqualTo(200);
		for (Application service : STAFF_PATHS.keySet()) {
			PlatformClient direct = new PlatformClient(platform.urlOf(service));
			assertThat(direct.get("/actuator/health").status()).as(service + " health").isEqualTo(200);
			assertThat(direct.get("/actuator/health").body()).as(service + " health").doesNotContain("components");
			assertThat(direct.get("/v3/api-docs").status()).as(service + " API document").isEqualTo(200);
		}
	}

}
