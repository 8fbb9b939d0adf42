package no.ks.kulturskole.gateway.pages;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

/**
 * The manage-link secrets a browser has shown, kept in its server-side session: the link
 * in the e-mail puts the secret in the address bar once, the page moves it here and
 * redirects, so the secret is not left in the history, in bookmarks or in a Referer.
 */
final class ManageSecrets {

	private static final String ATTRIBUTE = ManageSecrets.class.getName();

	private ManageSecrets() {
	}

	static void remember(HttpSession session, String delegationId, String secret) {
		secrets(session).put(delegationId, secret);
	}

	static String of(HttpSession session, String delegationId) {
		return secrets(session).get(delegationId);
	}

	static void forget(HttpSession session, String delegationId) {
		secrets(session).remove(delegationId);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> secrets(HttpSession session) {
		Object secrets = session.getAttribute(ATTRIBUTE);
		if (secrets == null) {
			secrets = new HashMap<String, String>();
			session.setAttribute(ATTRIBUTE, secrets);
		}
		return (Map<String, String>) secrets;
	}

}
