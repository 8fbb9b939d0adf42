package no.ks.kulturskole.registration;

import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.ServiceSecurityContract;
import no.ks.kulturskole.testsupport.TestInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who may call registration-service: see {@link ServiceSecurityContract}. The issue that
 * started it: {@code GET /api/registrations?workshopId=…} answered every delegate's name
 * and e-mail to anyone who reached the port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationSecurityTests extends ServiceSecurityContract {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
		registry.add("platform.secret-seal.key", () -> RunningService.SEAL_KEY);
	}

	@Override
	protected String service() {
		return "registration-service";
	}

	@Override
	protected String readableStaffPath() {
		return "/api/pilot-applications";
	}

}
