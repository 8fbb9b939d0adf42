package no.ks.kulturskole.api.workshop;

import java.time.Instant;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a request time as Oslo wall-clock time ({@code 2027-03-10T09:00}), the way staff
 * typed it and the way {@link OsloDateTimeDeserializer} reads it back: a caller's request
 * says the time a person chose, not a UTC instant they never saw.
 */
public class OsloDateTimeSerializer extends ValueSerializer<Instant> {

	@Override
	public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
		generator.writeString(OsloTime.local(value).toString());
	}

}
