package no.ks.kulturskole.contracts;

import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.erasure.ErasureEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.contracts.privacy.PersonalData;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EventSchemaTests {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private static final ObjectMapper SCHEMA_READER = new ObjectMapper();

	static Stream<DomainEvent> samples() {
		return Stream.concat(SampleEvents.all().stream(), SampleEvents.sealed().stream());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyPublishedEventIsValidAgainstItsPublishedSchema(DomainEvent event) throws Exception {
		JsonNode payload = SCHEMA_READER.readTree(JSON.writeValueAsString(event));

		Set<ValidationMessage> errors = schemaOf(event.getClass()).validate(payload);

		assertThat(errors).isEmpty();
		assertThat(payload.get("type").asText()).isEqualTo(event.getClass().getSimpleName());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everySchemaDescribesExactlyTheFieldsOfItsRecord(DomainEvent event) throws Exception {
		Set<String> recordFields = Stream.of(event.getClass().getRecordComponents())
			.map(component -> component.getName())
			.collect(Collectors.toCollection(HashSet::new));
		recordFields.add("type");

		JsonNode schema = readSchema(event.getClass());
		Set<String> schemaFields = new HashSet<>();
		schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);

		assertThat(schemaFields).isEqualTo(recordFields);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void eventsReadBackThroughTheirTopicInterfaceAsTheSameFact(DomainEvent event) {
		Class<?> topicType = switch (event) {
			case WorkshopEvent ignored -> WorkshopEvent.class;
			case RegistrationEvent ignored -> RegistrationEvent.class;
			case NotificationEvent ignored -> NotificationEvent.class;
			case DataKeyEvent ignored -> DataKeyEvent.class;
			case ErasureEvent ignored -> ErasureEvent.class;
			default -> throw new IllegalArgumentException(event.getClass().getName());
		};

		Object read = JSON.readValue(JSON.writeValueAsString(event), topicType);

		assertThat(read).isEqualTo(event);
	}

	@Test
	void everyEventTypeOfEveryTopicHasASchemaAndASample() {
		Set<Class<?>> permitted = Stream
			.of(WorkshopEvent.class, RegistrationEvent.class, NotificationEvent.class, DataKeyEvent.class,
					ErasureEvent.class)
			.flatMap(EventSchemaTests::concreteTypesOf)
			.collect(Collectors.toSet());
		Set<Class<?>> sampled = samples().map(Object::getClass).collect(Collectors.toSet());

		assertThat(sampled).isEqualTo(permitted);
		permitted.forEach(type -> assertThat(getClass().getResource(schemaPath(type))).as(type.getName()).isNotNull());
	}

	private static Stream<Class<?>> concreteTypesOf(Class<?> type) {
		return type.isSealed() ? Stream.of(type.getPermittedSubclasses()).flatMap(EventSchemaTests::concreteTypesOf)
				: Stream.of(type);
	}

	@Test
	void everyTypeIsListedForJacksonUnderItsSimpleName() {
		Stream
			.of(WorkshopEvent.class, RegistrationEvent.class, NotificationEvent.class, DataKeyEvent.class,
					ErasureEvent.class)
			.forEach(topic -> {
				Set<String> listed = Stream
					.of(topic.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value())
					.map(subtype -> subtype.name() + "=" + subtype.value().getSimpleName())
					.collect(Collectors.toSet());
				Set<String> expected = concreteTypesOf(topic).map(Class::getSimpleName)
					.map(name -> name + "=" + name)
					.collect(Collectors.toSet());
				assertThat(listed).isEqualTo(expected);
			});
	}

	@Test
	void aDelegationEventFromBeforeTheSequenceReadsAsSequenceZeroAndNoCause() {
		String older = """
				{"type":"DelegationCancelled","eventId":"6f1c1f5e-8d7a-4c2e-9a4b-2f0d7c1e5a10",
				 "occurredAt":"2027-03-01T08:00:00Z","schemaVersion":1,"delegationId":"d-1","workshopId":"w-1",
				 "sessionId":"s-1","previousStatus":"CONFIRMED","participantCount":2,"reason":null}
				""";

		RegistrationEvent read = JSON.readValue(older, RegistrationEvent.class);

		assertThat(read).isInstanceOfSatisfying(DelegationCancelled.class, (cancelled) -> {
			assertThat(cancelled.delegationSequence()).isZero();
			assertThat(cancelled.cause()).isNull();
		});
	}

	@Test
	void anEventWithPersonalDataIsPublishedWithoutItAndErasedKeepsWhatIsCounted() {
		List<PersonalData> personal = SampleEvents.all()
			.stream()
			.filter(PersonalData.class::isInstance)
			.map(PersonalData.class::cast)
			.toList();
		assertThat(personal).hasSize(8);
		for (PersonalData event : personal) {
			String published = JSON.writeValueAsString(event.sealedAs("v1.bm9uY2U.c2VhbGVk"));
			String erased = JSON.writeValueAsString(event.erased());
			for (String personalValue : List.of("Nordmann", "Olsen", "Siri Berg", "kommune.no", "+47", "kraftsenter",
					"Vi vil utvikle")) {
				assertThat(published).as(event.getClass().getSimpleName()).doesNotContain(personalValue);
				assertThat(erased).as(event.getClass().getSimpleName()).doesNotContain(personalValue);
			}
			assertThat(((DomainEvent) event.erased()).aggregateId()).isEqualTo(((DomainEvent) event).aggregateId());
			assertThat(event.sealedAs("x").sealedPersonalData()).isEqualTo("x");
		}
		assertThat(SampleEvents.participantRegistered().erased()).satisfies((erased) -> {
			assertThat(erased.name()).isEqualTo(PersonalData.ERASED);
			assertThat(erased.roleCategory()).isEqualTo(SampleEvents.participantRegistered().roleCategory());
			assertThat(erased.organisationNumber()).isEqualTo("4601");
		});
	}

	@Test
	void aDataKeyNeverShowsInTheLog() {
		assertThat(new DataKeyIssued(UUID.randomUUID(), "d-1", SampleEvents.START, 1, "c2VjcmV0").toString())
			.doesNotContain("c2VjcmV0");
	}

	private static JsonSchema schemaOf(Class<?> type) throws Exception {
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(readSchema(type));
	}

	private static JsonNode readSchema(Class<?> type) throws Exception {
		try (InputStream in = EventSchemaTests.class.getResourceAsStream(schemaPath(type))) {
			return SCHEMA_READER.readTree(in);
		}
	}

	private static String schemaPath(Class<?> type) {
		if (ErasureEvent.class.isAssignableFrom(type)) {
			// one topic per reporting service (erasure.<service>), one schema for all
			return "/schemas/erasure/" + type.getSimpleName() + ".v1.schema.json";
		}
		String topic = Stream.of(Topics.DOMAIN_TOPICS.toArray(String[]::new))
			.filter(candidate -> candidate
				.startsWith(type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1)))
			.findFirst()
			.orElseThrow();
		return "/schemas/" + topic + "/" + type.getSimpleName() + ".v1.schema.json";
	}

}
