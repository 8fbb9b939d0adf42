package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.Coverage;
import no.ks.kulturskole.reporting.workshopreport.application.Exports;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityReports;
import no.ks.kulturskole.reporting.workshopreport.application.PilotApplicationStore;
import no.ks.kulturskole.reporting.workshopreport.application.PilotProjection;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopChangeListener;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReports;
import no.ks.kulturskole.support.deadletter.DeadLetterPublisher;
import no.ks.kulturskole.support.kafka.KafkaClientSettings;
import no.ks.kulturskole.support.messaging.InboundEvents;
import no.ks.kulturskole.support.privacy.PersonalDataSeals;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Wires the workshop report. The application classes stay free of Spring so that tests
 * can build them around a plain {@link MongoTemplate}.
 * <p>
 * One consumer per topic (bindings {@code <name>-in-0}, group {@code reporting-service}),
 * each in batch mode: it gets what one poll brought and applies it at once
 * ({@link BatchedEvents}). A record that cannot be read or applied is dead-lettered by
 * {@link DeadLetters} and the rest of its batch applied; a failure of MongoDB fails the
 * batch, which the binder then retries.
 */
@Configuration(proxyBeanMethods = false)
class WorkshopReportConfiguration {

	@Bean
	MunicipalityRegister municipalityRegister() {
		return MunicipalityRegister.load();
	}

	@Bean
	ActiveGeneration activeGeneration(MongoTemplate mongo) {
		return new ActiveGeneration(mongo);
	}

	@Bean
	LiveConsumption liveConsumption(ActiveGeneration active) {
		return new LiveConsumption(active);
	}

	@Bean
	WorkshopReportStore workshopReportStore(MongoTemplate mongo, ActiveGeneration active) {
		return new MongoWorkshopReportStore(mongo, active::workshopReports);
	}

	@Bean
	ReadModelRebuild readModelRebuild(MongoTemplate mongo, ActiveGeneration active, LiveConsumption live,
			JsonMapper json, MunicipalityRegister register, KafkaClientSettings kafka, List<RebuildListener> listeners,
			ObjectProvider<PersonalDataSeals> personalData) {
		ReadModelRebuild rebuild = new ReadModelRebuild(mongo, active, live, json, register, kafka, listeners);
		personalData.ifAvailable(rebuild::openPersonalDataWith);
		return rebuild;
	}

	@Bean
	WorkshopReportProjection workshopReportProjection(WorkshopReportStore store, MunicipalityRegister register,
			List<WorkshopChangeListener> listeners) {
		return new WorkshopReportProjection(store, new MunicipalityDirectory(register),
				workshopId -> listeners.forEach(listener -> listener.workshopChanged(workshopId)));
	}

	@Bean
	PilotApplicationStore pilotApplicationStore(MongoTemplate mongo, ActiveGeneration active) {
		return new MongoPilotApplicationStore(mongo, active::pilotApplications);
	}

	@Bean
	PilotProjection pilotProjection(PilotApplicationStore store, MunicipalityRegister register) {
		return new PilotProjection(store, new MunicipalityDirectory(register));
	}

	@Bean
	MunicipalityReports municipalityReports(WorkshopReportStore reports, PilotApplicationStore pilots,
			MunicipalityRegister register) {
		return new MunicipalityReports(reports, pilots, register);
	}

	@Bean
	Exports exports(WorkshopReports reports, Coverage coverage) {
		return new Exports(reports, coverage);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	WorkshopReports workshopReports(WorkshopReportStore store, Clock clock) {
		return new WorkshopReports(store, clock);
	}

	@Bean
	Coverage coverage(WorkshopReportStore store, MunicipalityRegister register, PilotApplicationStore pilots) {
		return new Coverage(store, register, pilots);
	}

	@Bean
	DeadLetters deadLetters(DeadLetterPublisher publisher,
			@Value("${spring.cloud.stream.bindings.workshopEvents-in-0.group}") String group) {
		return new DeadLetters(publisher, group);
	}

	@Bean
	Consumer<Message<List<byte[]>>> workshopEvents(InboundEvents inbound, LiveConsumption live,
			WorkshopReportProjection projection, PilotProjection pilots, DeadLetters deadLetters) {
		return new BatchedEvents<>(WorkshopEvent.class, inbound, live, projection, pilots, deadLetters);
	}

	@Bean
	Consumer<Message<List<byte[]>>> registrationEvents(InboundEvents inbound, LiveConsumption live,
			WorkshopReportProjection projection, PilotProjection pilots, DeadLetters deadLetters) {
		return new BatchedEvents<>(RegistrationEvent.class, inbound, live, projection, pilots, deadLetters);
	}

	@Bean
	Consumer<Message<List<byte[]>>> notificationEvents(InboundEvents inbound, LiveConsumption live,
			WorkshopReportProjection projection, PilotProjection pilots, DeadLetters deadLetters) {
		return new BatchedEvents<>(NotificationEvent.class, inbound, live, projection, pilots, deadLetters);
	}

}
