package no.ks.kulturskole.gateway.staff;

/** What a staff form sent, as the services want it: a field left blank is no value. */
final class FormValues {

	private FormValues() {
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
