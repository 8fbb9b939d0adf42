package no.ks.kulturskole.gateway.downstream;

import no.ks.kulturskole.api.notification.StaffNotificationApi;
import no.ks.kulturskole.api.registration.PublicEvaluationApi;
import no.ks.kulturskole.api.registration.PublicRegistrationApi;
import no.ks.kulturskole.api.registration.StaffErasureApi;
import no.ks.kulturskole.api.registration.StaffEvaluationApi;
import no.ks.kulturskole.api.registration.StaffPilotApi;
import no.ks.kulturskole.api.registration.StaffRegistrationApi;
import no.ks.kulturskole.api.registration.StaffRegistrationQueries;
import no.ks.kulturskole.api.reporting.StaffReportApi;
import no.ks.kulturskole.api.workshop.PublicWorkshopApi;
import no.ks.kulturskole.api.workshop.StaffWorkshopApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The services' HTTP contracts ({@code workshop-api}, {@code registration-api},
 * {@code reporting-api}, {@code notification-api}) as Spring HTTP service clients (issue
 * 18). Each is built on {@link DownstreamClients}' client of its service, so a typed call
 * carries what every page call carries: the staff member's token, the correlation id, the
 * trace, and the instances taken in turn. Not Boot's {@code @ImportHttpServices}: its
 * groups build their own {@code RestClient}, without the instances' balancing and the
 * caller's credentials.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamApis {

	@Bean
	StaffWorkshopApi staffWorkshopApi(DownstreamClients clients) {
		return client(clients.workshop(), StaffWorkshopApi.class);
	}

	@Bean
	StaffRegistrationApi staffRegistrationApi(DownstreamClients clients) {
		return client(clients.registration(), StaffRegistrationApi.class);
	}

	@Bean
	StaffRegistrationQueries staffRegistrationQueries(DownstreamClients clients) {
		return client(clients.registration(), StaffRegistrationQueries.class);
	}

	@Bean
	StaffReportApi staffReportApi(DownstreamClients clients) {
		return client(clients.reporting(), StaffReportApi.class);
	}

	@Bean
	StaffPilotApi staffPilotApi(DownstreamClients clients) {
		return client(clients.registration(), StaffPilotApi.class);
	}

	@Bean
	PublicWorkshopApi publicWorkshopApi(DownstreamClients clients) {
		return client(clients.workshop(), PublicWorkshopApi.class);
	}

	@Bean
	PublicRegistrationApi publicRegistrationApi(DownstreamClients clients) {
		return client(clients.registration(), PublicRegistrationApi.class);
	}

	@Bean
	PublicEvaluationApi publicEvaluationApi(DownstreamClients clients) {
		return client(clients.registration(), PublicEvaluationApi.class);
	}

	@Bean
	StaffErasureApi staffErasureApi(DownstreamClients clients) {
		return client(clients.registration(), StaffErasureApi.class);
	}

	@Bean
	StaffEvaluationApi staffEvaluationApi(DownstreamClients clients) {
		return client(clients.registration(), StaffEvaluationApi.class);
	}

	@Bean
	StaffNotificationApi staffNotificationApi(DownstreamClients clients) {
		return client(clients.notification(), StaffNotificationApi.class);
	}

	private static <T> T client(RestClient service, Class<T> contract) {
		return DownstreamClients.typed(service, contract);
	}

}
