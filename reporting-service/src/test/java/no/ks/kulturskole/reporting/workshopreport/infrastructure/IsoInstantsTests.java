package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The rebuild reads instants by hand: always the instant Jackson's own deserializer reads
 * (which is what the live consumers use), and refused where it is refused.
 */
class IsoInstantsTests {

	private static final JsonMapper STANDARD = JsonMapper.builder().build();

	private static final JsonMapper FAST = IsoInstants.readingFast(STANDARD);

	@ParameterizedTest
	@ValueSource(strings = { "\"2027-03-10T08:00:00Z\"", "\"2027-03-10T08:00:00.1Z\"", "\"2027-03-10T08:00:00.12Z\"",
			"\"2027-03-10T08:00:00.123Z\"", "\"2027-03-10T08:00:00.1234Z\"", "\"2027-03-10T08:00:00.123456Z\"",
			"\"2027-03-10T08:00:00.123456789Z\"", "\"2027-03-10T08:00:00.000000001Z\"", "\"1970-01-01T00:00:00Z\"",
			"\"1969-12-31T23:59:59.999Z\"", "\"0000-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.999999999Z\"",
			"\"2028-02-29T12:00:00Z\"", "\"2027-03-10T09:00:00+01:00\"", "\"2027-03-10T08:00:00.Z\"",
			"\"2027-03-10T08:00:00.1234567890Z\"", "\"2027-03-10T08:00Z\"", "\"2027-03-10T24:00:00Z\"",
			"\"2027-03-10T23:59:60Z\"", "\"2027-02-29T12:00:00Z\"", "\"2027-13-01T12:00:00Z\"",
			"\"2027-03-10t08:00:00z\"", "\"+12027-03-10T08:00:00Z\"", "\"2027-03-10 08:00:00Z\"", "\"\"", "\" \"",
			"\"1700000000\"", "1700000000", "1700000000.5", "null", "\"2027-03-1OT08:00:00Z\"" })
	void readsEveryInstantAsJacksonDoes(String json) {
		assertSameAs(json);
	}

	@Test
	void readsRandomInstantsAsJacksonDoes() {
		Random random = new Random(11);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
					(i % 3 == 0) ? 0 : random.nextInt(1_000_000_000));
			assertSameAs("\"" + instant + "\"");
		}
	}

	private static void assertSameAs(String json) {
		Throwable expectedFailure = catchThrowable(() -> STANDARD.readValue(json, Instant.class));
		if (expectedFailure != null) {
			assertThat(catchThrowable(() -> FAST.readValue(json, Instant.class))).as(json)
				.isInstanceOf(expectedFailure.getClass());
		}
		else {
			assertThat(FAST.readValue(json, Instant.class)).as(json).isEqualTo(STANDARD.readValue(json, Instant.class));
		}
	}

}
