package no.ks.kulturskole.workshop.workshop;

import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.ServiceSecurityContract;
import no.ks.kulturskole.testsupport.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who may call workshop-service (cancel a workshop, read its meeting links): see
 * {@link ServiceSecurityContract}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkshopSecurityTests implements ServiceSecurityContract {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Override
	public int port() {
		return this.port;
	}

	@Override
	public ApplicationContext context() {
		return this.context;
	}

	@Override
	public String service() {
		return "workshop-service";
	}

	@Override
	public String readableStaffPath() {
		return "/api/workshops";
	}

}
