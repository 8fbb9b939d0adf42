package no.ks.kulturskole.notification.pilot.application;

import java.util.List;
import java.util.Optional;

/**
 * Who to tell about a pilot application's decision: the contact given when the
 * municipality applied ({@code PilotApplicationSubmitted}); the decision events carry no
 * address.
 */
public interface PilotApplications {

	void record(String applicationId, Applicant applicant);

	Optional<Applicant> find(String applicationId);

	/** The applications the municipality sent (whom an invite-only workshop invites). */
	List<Applicant> fromMunicipality(String municipalityNumber);

	/**
	 * Personal data: never logged.
	 *
	 * @param municipalityNumber the official number; {@code null} for applications
	 * recorded before it was kept
	 */
	record Applicant(String contactName, String contactEmail, String municipalityName, String municipalityNumber) {

		@Override
		public String toString() {
			return "Applicant[" + this.municipalityName + "]";
		}

	}

}
