package no.ks.kulturskole.gateway.security;

/**
 * The two staff roles. ADMIN implies STAFF, whichever way someone signed in.
 */
public enum StaffRole {

	/** Everything operational: workshops, registrations, reports, e-mail. */
	STAFF,

	/** In addition: rebuilding the read models and looking after accounts. */
	ADMIN

}
