package no.ks.kulturskole.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whom a limit counts: the client's address as the gateway established it (proxies'
 * X-Forwarded-For applied only from trusted proxies, see
 * server.forward-headers-strategy), an IPv6 client by its /64: one household or office
 * gets a whole /64 and could otherwise take a fresh address for every request.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String key(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		String stripped = address.strip();
		if (!stripped.contains(":")) {
			return stripped;
		}
		try {
			// an address literal, never a host name: no lookup happens
			byte[] bytes = InetAddress.getByName(stripped.replaceAll("[\\[\\]]", "").replaceAll("%.*$", ""))
				.getAddress();
			if (bytes.length != 16) {
				return stripped;
			}
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(String.format(Locale.ROOT, "%02x%02x:", bytes[i], bytes[i + 1]));
			}
			return prefix.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return stripped;
		}
	}

}
