package no.ks.kulturskole.gateway.security;

/**
 * The {@code local} Spring profile: a developer's laptop, the embedded platform and the
 * tests. Only there do the demo accounts exist (application-local.yml) and may the
 * gateway sign with a key of its own making.
 */
final class LocalProfile {

	static final String NAME = "local";

	private LocalProfile() {
	}

}
