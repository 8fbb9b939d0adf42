package no.ks.kulturskole.registration;

import no.ks.kulturskole.testsupport.ServiceSecurityContract;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Who may call registration-service: see {@link ServiceSecurityContract}. The issue that
 * started it: {@code GET /api/registrations?workshopId=…} answered every delegate's name
 * and e-mail to anyone who reached the port.
 */
class RegistrationSecurityTests extends OnSharedInfrastructure implements ServiceSecurityContract {

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
		return "registration-service";
	}

	@Override
	public String readableStaffPath() {
		return "/api/pilot-applications";
	}

}
