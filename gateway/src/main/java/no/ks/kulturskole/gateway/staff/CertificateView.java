package no.ks.kulturskole.gateway.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import no.ks.kulturskole.api.registration.CertificateLookup;

/**
 * A participation confirmation as the staff look-up page shows it (issue 16), built from
 * registration-api's {@link CertificateLookup}: its times in Norwegian, in bokmål.
 *
 * @param sessions each attended session as "10. mars 2027 kl. 09.00–11.30"
 */
record CertificateView(String code, boolean erased, String workshopTitle, String holderName, String municipality,
		List<String> sessions, String duration, String issued, String erasedOn, String delegationId) {

	private static final DateTimeFormatter OSLO_DAY = DateTimeFormatter
		.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("nb-NO"))
		.withZone(ZoneId.of("Europe/Oslo"));

	private static final DateTimeFormatter OSLO_TIME = DateTimeFormatter.ofPattern("HH.mm")
		.withZone(ZoneId.of("Europe/Oslo"));

	static CertificateView of(CertificateLookup lookup) {
		return new CertificateView(lookup.code(), lookup.state() == CertificateLookup.State.ERASED,
				lookup.workshopTitle(), lookup.holderName(), lookup.municipality(),
				lookup.sessions()
					.stream()
					.map(session -> OSLO_DAY.format(session.startsAt()) + "–" + OSLO_TIME.format(session.endsAt()))
					.toList(),
				lookup.duration(), (lookup.issuedAt() != null) ? OSLO_DAY.format(lookup.issuedAt()) : "",
				(lookup.erasedAt() != null) ? OSLO_DAY.format(lookup.erasedAt()) : "", lookup.delegationId());
	}

}
