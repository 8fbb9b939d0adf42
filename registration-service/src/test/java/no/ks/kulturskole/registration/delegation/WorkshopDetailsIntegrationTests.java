package no.ks.kulturskole.registration.delegation;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.SessionChanged;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.model.Workshop;
import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A workshop's new details reach the replica: its new title is the one later registration
 * events name. Nothing else of the replica moves.
 */
class WorkshopDetailsIntegrationTests extends OnSharedInfrastructure {

	@Autowired
	EventPublisher eventPublisher;

	@Autowired
	OutboxEntries outboxEntries;

	@Test
	void newDetailsRenameTheWorkshopForLaterRegistrationsAndARedeliveryChangesNothing() {
		String workshopId = UUID.randomUUID().toString();
		WorkshopScheduled scheduled = workshopScheduled(workshopId, "Verksted", 2, null, false, inThirtyDays(), 20);
		publish(scheduled);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.store.find(workshopId).isPresent());
		Workshop before = aggregate(workshopId).workshop();
		long version = aggregate(workshopId).version();
		WorkshopDetailsChanged renamed = new WorkshopDetailsChanged(UUID.randomUUID(), workshopId, Instant.now(),
				WorkshopDetailsChanged.SCHEMA_VERSION, "Kulturskolen som ressurssenter", "Ny beskrivelse",
				List.of("Norsk kulturskoleråd"), "Kommunalsjefer", false, WorkshopFormat.ONLINE, null, "nb",
				scheduled.sessions()
					.stream()
					.map(session -> new SessionDetails(session.sessionId(), session.startsAt(), session.endsAt(),
							session.capacity(), "https://meet.example/ny"))
					.toList());

		publish(renamed);
		publish(renamed);
		publish(new SessionChanged(UUID.randomUUID(), workshopId, Instant.now(), SessionChanged.SCHEMA_VERSION, "s-1",
				30));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(aggregate(workshopId).workshop().session("s-1").orElseThrow().capacity())
				.isEqualTo(30));
		// the redelivered change came before the SessionChanged on the same partition
		assertThat(aggregate(workshopId).version()).isEqualTo(version + 2);
		Workshop after = aggregate(workshopId).workshop();
		assertThat(after.title()).isEqualTo("Kulturskolen som ressurssenter");
		assertThat(after.registrationDeadline()).isEqualTo(before.registrationDeadline());
		assertThat(after.minDelegationSize()).isEqualTo(before.minDelegationSize());
		assertThat(after.status()).isEqualTo(before.status());

		HttpResponse<String> registration = register(workshopId, registration("4601", 2));

		assertThat(registration.statusCode()).as(registration.body()).isEqualTo(201);
		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 1);
		DelegationRegistered registered = (DelegationRegistered) this.json.readValue(published.stream()
			.filter(record -> "DelegationRegistered".equals(record.type()))
			.findFirst()
			.orElseThrow()
			.value(), RegistrationEvent.class);
		assertThat(registered.workshopTitle()).isEqualTo("Kulturskolen som ressurssenter");
	}

	private void publish(DomainEvent event) {
		this.eventPublisher.publish(this.outboxEntries.of(event));
	}

}
