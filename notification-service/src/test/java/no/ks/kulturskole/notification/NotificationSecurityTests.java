package no.ks.kulturskole.notification;

import no.ks.kulturskole.testsupport.ServiceSecurityContract;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Who may call notification-service (the e-mail log shows every recipient's address;
 * resending mails): see {@link ServiceSecurityContract}.
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

}
