package no.ks.kulturskole.testsupport;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises about its callers, proved against the whole application on
 * a real port, for every staff endpoint it has ({@link StaffEndpoints}): nobody without a
 * token, no token that is expired, forged or made for another service, no token without a
 * staff role; ADMIN for the admin endpoints. A test class starts the service
 * ({@code @SpringBootTest(webEnvironment = RANDOM_PORT)}, trusting
 * {@link CallerTokens#trustedBy}), implements this interface and names the service; an
 * interface, so that a service's test base class can stay its superclass.
 */
public interface ServiceSecurityContract {

	/** The port the service under test listens on. */
	int port();

	/** The service's application context, to read its endpoints from. */
	ApplicationContext context();

	/** The service's name, the audience its tokens carry. */
	String service();

	/** A staff path that answers 200 to a staff member, e.g. a list. */
	String readableStaffPath();

	private List<StaffEndpoints.Endpoint> staffEndpoints() {
		List<StaffEndpoints.Endpoint> endpoints = StaffEndpoints.of(context());
		assertThat(endpoints).as("the service's staff endpoints").isNotEmpty();
		return endpoints;
	}

	@Test
	default void everyStaffEndpointRefusesAnAnonymousCaller() {
		staffEndpoints()
			.forEach((endpoint) -> assertThat(endpoint.statusFor(port(), null)).as(endpoint.toString()).isEqualTo(401));
	}

	@Test
	default void everyStaffEndpointRefusesATokenThatIsExpiredForgedOrForAnotherService() {
		List<String> refused = List.of(CallerTokens.expired(service()), CallerTokens.foreignSigned(service()),
				CallerTokens.bearer(CallerTokens.ISSUER, "another-service", List.of("ADMIN", "STAFF")),
				CallerTokens.bearer("not-the-gateway", service(), List.of("ADMIN", "STAFF")));
		staffEndpoints().forEach((endpoint) -> refused
			.forEach((token) -> assertThat(endpoint.statusFor(port(), token)).as(endpoint.toString()).isEqualTo(401)));
	}

	@Test
	default void everyStaffEndpointRefusesATokenWithoutAStaffRole() {
		String noRole = CallerTokens.bearer(CallerTokens.ISSUER, service(), List.of());
		staffEndpoints().forEach(
				(endpoint) -> assertThat(endpoint.statusFor(port(), noRole)).as(endpoint.toString()).isEqualTo(403));
	}

	@Test
	default void staffGetPastTheDoorOfEveryStaffEndpointButTheAdminOnes() {
		staffEndpoints().forEach((endpoint) -> {
			int status = endpoint.statusFor(port(), CallerTokens.staff(service()));
			if (endpoint.adminOnly()) {
				assertThat(status).as(endpoint.toString()).isEqualTo(403);
			}
			else {
				// the made-up ids and empty bodies may well be refused, but not for who
				// called
				assertThat(status).as(endpoint.toString()).isNotIn(401, 403);
			}
		});
	}

	@Test
	default void administratorsGetPastTheDoorOfEveryEndpoint() {
		staffEndpoints().forEach((endpoint) -> assertThat(endpoint.statusFor(port(), CallerTokens.admin(service())))
			.as(endpoint.toString())
			.isNotIn(401, 403));
	}

	@Test
	default void aStaffMemberReadsWithTheRightToken() {
		StaffEndpoints.Endpoint read = new StaffEndpoints.Endpoint("GET", readableStaffPath());

		assertThat(read.statusFor(port(), CallerTokens.staff(service()))).isEqualTo(200);
		assertThat(read.statusFor(port(), null)).isEqualTo(401);
	}

	@Test
	default void probesScrapingAndTheApiDocumentNeedNoToken() {
		for (String open : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/prometheus",
				"/v3/api-docs")) {
			assertThat(new StaffEndpoints.Endpoint("GET", open).statusFor(port(), null)).as(open).isEqualTo(200);
		}
	}

}
