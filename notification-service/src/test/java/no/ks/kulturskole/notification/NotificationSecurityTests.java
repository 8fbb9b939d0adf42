package no.ks.kulturskole.notification;

import no.ks.kulturskole.testsupport.ServiceSecurityContract;
import no.ks.kulturskole.testsupport.StaffEndpoints;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call notification-service (the e-mail log shows every recipient's address;
 * resending mails; messages to registrants): see {@link ServiceSecurityContract}.
 */
class NotificationSecurityTests extends NotificationServiceIntegrationTest implements ServiceSecurityContract {

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
		return "notification-service";
	}

	@Override
	public String readableStaffPath() {
		return "/api/notifications";
	}

	/**
	 * Staff's messages to registrants (issue 16) mail people and reveal how many a
	 * workshop has: the contract's checks above cover them only if they are found.
	 */
	@Test
	void theMessagesToRegistrantsAreAmongTheGuardedEndpoints() {
		assertThat(StaffEndpoints.of(this.context)).contains(
				new StaffEndpoints.Endpoint("POST", "/api/workshops/ukjent-id/messages"),
				new StaffEndpoints.Endpoint("POST", "/api/workshops/ukjent-id/messages/preview"));
	}

}
