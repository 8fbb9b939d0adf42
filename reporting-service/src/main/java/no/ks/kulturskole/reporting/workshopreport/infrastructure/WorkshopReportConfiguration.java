package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.function.Consumer;

import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReports;
import no.ks.kulturskole.support.messaging.InboundEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Wires the workshop report. The application classes stay free of Spring so that tests
 * can build them around a plain {@link MongoTemplate}.
 * <p>
 * One consumer per topic (bindings {@code <name>-in-0}, group {@code reporting-service}).
 * A failing event is retried by the binder and then dead-lettered by it
 * ({@link InboundEvents} rethrows).
 */
@Configuration(proxyBeanMethods = false)
class WorkshopReportConfiguration {

	@Bean
	MunicipalityRegister municipalityRegister() {
		return MunicipalityRegister.load();
	}

	@Bean
	WorkshopReportStore workshopReportStore(MongoTemplate mongo) {
		return new MongoWorkshopReportStore(mongo);
	}

	@Bean
	WorkshopReportProjection workshopReportProjection(WorkshopReportStore store, MunicipalityRegister register) {
		return new WorkshopReportProjection(store, new MunicipalityDirectory(register));
	}

	@Bean
	WorkshopReports workshopReports(WorkshopReportStore store) {
		return new WorkshopReports(store);
	}

	@Bean
	Consumer<Message<byte[]>> workshopEvents(InboundEvents inbound, WorkshopReportProjection projection) {
		return message -> inbound.handle(message, WorkshopEvent.class, projection::apply);
	}

	@Bean
	Consumer<Message<byte[]>> registrationEvents(InboundEvents inbound, WorkshopReportProjection projection) {
		return message -> inbound.handle(message, RegistrationEvent.class, projection::apply);
	}

	@Bean
	Consumer<Message<byte[]>> notificationEvents(InboundEvents inbound, WorkshopReportProjection projection) {
		return message -> inbound.handle(message, NotificationEvent.class, projection::apply);
	}

}
