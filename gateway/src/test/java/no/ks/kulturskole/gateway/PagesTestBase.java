package no.ks.kulturskole.gateway;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway with its own configuration in front of {@link FakePlatform}. The page tests
 * extend this class so they share one application context (and one fake platform).
 */
// a laptop or test: demo accounts, and a signing key of the gateway's own making
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.gateway.rate-limit.limit-for-period=1000",
				"platform.gateway.cors.allowed-origins=https://kommune.example.no",
				// the demo account from application.yml, and one without the STAFF role
				"platform.security.users[0].username=stab",
				"platform.security.users[0].password-hash=$2a$10$W5Mv5SZi3igSxEecfrFpmefH9yYZ8ayqswWyiy5.98vGeP8J20pr2",
				"platform.security.users[0].roles=STAFF", "platform.security.users[1].username=kommune",
				// password "uten-stab-rolle"
				"platform.security.users[1].password-hash=$2a$10$HpKa2tbUVxvgh9xx3mkioeyzSB9B7PVjiRSjaBh90R4axDDpe4geS",
				"platform.security.users[1].roles=MUNICIPALITY", "platform.security.users[2].username=admin",
				// password "kulturskole-admin"
				"platform.security.users[2].password-hash=$2a$10$3XqvwhnrCc3Te96VhsWPI.Zg.yoylNS3jvWQVWmR5Av3piIWb0b9K",
				"platform.security.users[2].roles=ADMIN" })
abstract class PagesTestBase {

	static final FakePlatform platform = FakePlatform.start();

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("platform.gateway.services.workshop", platform::baseUri);
		registry.add("platform.gateway.services.registration", platform::baseUri);
		registry.add("platform.gateway.services.notification", platform::baseUri);
		registry.add("platform.gateway.services.reporting", platform::baseUri);
	}

}
