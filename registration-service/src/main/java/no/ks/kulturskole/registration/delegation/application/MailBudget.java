package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.ks.kulturskole.registration.delegation.model.DelegateEntry;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.web.ClientAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many e-mail addresses one client may have the platform write to in an hour. A
 * registration mails its coordinator and every delegate, and a coordinator's change mails
 * the delegates it adds, so the public form could otherwise be used to mail strangers in
 * bulk: one municipality at a time, every workshop, up to fifty addresses each. Counted
 * per client address (an IPv6 client by its /64) when the write is made, and checked
 * before it is: a refused request stores nothing and mails nobody.
 * <p>
 * A municipality's coordinator registers a few delegations of a few people; the default
 * leaves room for a county office that registers for many, and stops a script.
 */
@Component
public class MailBudget {

	static final Duration WINDOW = Duration.ofHours(1);

	private final int addressesPerHour;

	private final FixedWindows windows;

	public MailBudget(@Value("${platform.registration.mail-budget.addresses-per-hour}") int addressesPerHour,
			Clock clock) {
		this.addressesPerHour = addressesPerHour;
		this.windows = new FixedWindows(WINDOW, clock);
	}

	/**
	 * @throws TooManyAttempts naming {@code field} when the client's hour has no room for
	 * {@code addresses} more
	 */
	public void check(String client, int addresses, String field) {
		if (!this.windows.allows(key(client), this.addressesPerHour, addresses)) {
			throw new TooManyAttempts(field, "Det er sendt påmeldinger til svært mange e-postadresser herfra den siste "
					+ "timen. Prøv igjen om en time, eller kontakt arrangøren.", WINDOW);
		}
	}

	/** Counts the addresses a stored write will mail. */
	public void spend(String client, int addresses) {
		if (addresses > 0) {
			this.windows.count(key(client), addresses);
		}
	}

	/**
	 * The distinct addresses a registration mails: its coordinator and every delegate.
	 */
	static int addressesOf(RegistrationCommand command) {
		Set<String> addresses = new HashSet<>();
		add(addresses, (command.coordinator() != null) ? command.coordinator().email() : null);
		command.participants().forEach((participant) -> add(addresses, participant.email()));
		return addresses.size();
	}

	/**
	 * The addresses a change of delegates mails that the delegation has not mailed yet.
	 */
	static int newAddresses(Delegation delegation, List<DelegateEntry> entries) {
		Set<String> known = new HashSet<>();
		add(known, (delegation.coordinator() != null) ? delegation.coordinator().email() : null);
		delegation.participants().forEach((participant) -> add(known, participant.email()));
		Set<String> added = new HashSet<>();
		entries.forEach((entry) -> {
			String email = normalised(entry.person().email());
			if (email != null && !known.contains(email)) {
				added.add(email);
			}
		});
		return added.size();
	}

	private static void add(Set<String> addresses, String email) {
		String normalised = normalised(email);
		if (normalised != null) {
			addresses.add(normalised);
		}
	}

	private static String normalised(String email) {
		return (email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	private static String key(String client) {
		return ClientAddress.key(client);
	}

}
