package no.ks.kulturskole.registration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a record read from registration.events against the schema event-contracts
 * publishes for its type.
 */
public final class EventSchemas {

	private static final ObjectMapper READER = new ObjectMapper();

	private EventSchemas() {
	}

	public static void assertMatchesItsSchema(PublishedRecord record) {
		String path = "/schemas/" + Topics.REGISTRATION_EVENTS + "/" + record.type() + ".v1.schema.json";
		try (InputStream schema = EventSchemas.class.getResourceAsStream(path)) {
			assertThat(schema).as("schema %s", path).isNotNull();
			JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
			Set<ValidationMessage> errors = validator.validate(READER.readTree(record.value()));
			assertThat(errors).as("%s against its schema", record.type()).isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
