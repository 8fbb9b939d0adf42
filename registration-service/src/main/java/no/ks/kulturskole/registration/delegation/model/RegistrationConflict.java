package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved.Resolution;

/**
 * Someone other than a delegation's coordinator tried to register the same organisation
 * for the workshop. They were refused without learning anything of the delegation; both
 * people were told by mail, and staff decide: keep the coordinator, or hand the
 * delegation over to the person who tried.
 *
 * @param contact the person who tried (personal data)
 * @param language the language they filled the form in
 * @param resolution {@code null} while open
 * @param resolvedBy the staff member who resolved it
 */
public record RegistrationConflict(String conflictId, String delegationId, Contact contact, String language,
		Instant reportedAt, Resolution resolution, String resolvedBy, Instant resolvedAt) {

	public boolean isOpen() {
		return this.resolution == null;
	}

	/** Whether it is this address's open conflict: case and blanks do not matter. */
	boolean isOpenFor(String delegationId, String email) {
		return isOpen() && this.delegationId.equals(delegationId) && this.contact.email() != null
				&& this.contact.email().strip().equalsIgnoreCase(email.strip());
	}

	RegistrationConflict resolved(Resolution resolution, String by, Instant at) {
		return new RegistrationConflict(this.conflictId, this.delegationId, this.contact, this.language,
				this.reportedAt, resolution, by, at);
	}

	RegistrationConflict erased() {
		return new RegistrationConflict(this.conflictId, this.delegationId, Contact.ERASED, this.language,
				this.reportedAt, this.resolution, this.resolvedBy, this.resolvedAt);
	}

}
