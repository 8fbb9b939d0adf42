package no.ks.kulturskole.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a record read from a domain topic against the schema event-contracts publishes
 * for its type ({@code /schemas/<topic>/<type>.v1.schema.json}), so a service's flow
 * tests prove that what it really publishes matches the contract its consumers rely on.
 */
public final class EventSchemas {

	private static final ObjectMapper READER = new ObjectMapper();

	/**
	 * Parsed once per type: registration's concurrency test alone checks hundreds of
	 * records.
	 */
	private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

	private EventSchemas() {
	}

	public static void assertMatchesItsSchema(String topic, PublishedRecord record) {
		assertThat(record.type()).as("ce_type of %s", record.value()).isNotBlank();
		JsonSchema validator = SCHEMAS.computeIfAbsent(topic + "/" + record.type(), EventSchemas::load);
		try {
			Set<ValidationMessage> errors = validator.validate(READER.readTree(record.value()));
			assertThat(errors).as("%s against its schema", record.type()).isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonSchema load(String topicAndType) {
		String path = "/schemas/" + topicAndType + ".v1.schema.json";
		try (InputStream schema = EventSchemas.class.getResourceAsStream(path)) {
			assertThat(schema).as("schema %s", path).isNotNull();
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
