package no.ks.kulturskole.benchmarks;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import no.ks.kulturskole.reference.Municipality;

/**
 * The delegation each municipality registers in the rush: a coordinator and four
 * participants with realistic names, e-mails and role titles, one from outside the
 * kulturskole so that workshops with that rule accept it. E-mail addresses carry a run
 * tag so that mails of one rush can be told from those of another and of real users.
 */
final class Delegations {

	static final int PARTICIPANTS = 4;

	private static final String[][] PEOPLE = { { "Kari Nordmann", "Kulturskolerektor", "KULTURSKOLE" },
			{ "Ola Hansen", "Kommunalsjef oppvekst", "MUNICIPAL_LEADER" },
			{ "Ingrid Johansen", "Rektor ved Sentrum skole", "SCHOOL" },
			{ "Per-Erik Kristiansen", "Leder av hovedutvalg for kultur", "POLITICIAN" } };

	private Delegations() {
	}

	/** The public API's registration JSON, as the README shows it. */
	static String registrationJson(Municipality municipality, String runTag) {
		String domain = domainOf(municipality);
		StringBuilder participants = new StringBuilder();
		for (int i = 0; i < PARTICIPANTS; i++) {
			String[] person = PEOPLE[i];
			if (i > 0) {
				participants.append(',');
			}
			participants.append("""
					{"name": "%s", "email": "%s", "roleTitle": "%s", "roleCategory": "%s"}""".formatted(person[0],
					participantEmail(person[0], runTag, domain), person[1], person[2]));
		}
		return """
				{"municipalityNumber": "%s",
				 "coordinator": {"name": "Koordinator %s", "email": "%s", "phone": "+47 55 56 00 00"},
				 "participants": [%s]}""".formatted(municipality.number(), municipality.name(),
				coordinatorEmail(municipality, runTag), participants);
	}

	static String coordinatorEmail(Municipality municipality, String runTag) {
		return "koordinator." + runTag + "@" + domainOf(municipality);
	}

	/** Everyone of the delegation who should get a mail: coordinator first. */
	static List<String> recipients(Municipality municipality, String runTag) {
		String domain = domainOf(municipality);
		return List.of(coordinatorEmail(municipality, runTag), participantEmail(PEOPLE[0][0], runTag, domain),
				participantEmail(PEOPLE[1][0], runTag, domain), participantEmail(PEOPLE[2][0], runTag, domain),
				participantEmail(PEOPLE[3][0], runTag, domain));
	}

	private static String participantEmail(String name, String runTag, String domain) {
		return slug(name).replace('-', '.') + "." + runTag + "@" + domain;
	}

	/**
	 * {@code k4601.bergen.kommune.no}: unique even for two municipalities of one name.
	 */
	static String domainOf(Municipality municipality) {
		return "k" + municipality.number() + "." + slug(municipality.name()) + ".kommune.no";
	}

	static String slug(String text) {
		String ascii = Normalizer
			.normalize(text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o"), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "x" : slug;
	}

}
