package no.ks.kulturskole.workshop.workshop;

import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.ServiceSecurityContract;
import no.ks.kulturskole.testsupport.TestInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Who may call workshop-service: see {@link ServiceSecurityContract}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkshopSecurityTests extends ServiceSecurityContract {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@Override
	protected String service() {
		return "workshop-service";
	}

	@Override
	protected String readableStaffPath() {
		return "/api/workshops";
	}

}
