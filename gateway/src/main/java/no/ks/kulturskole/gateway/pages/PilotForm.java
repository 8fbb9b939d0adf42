package no.ks.kulturskole.gateway.pages;

/**
 * The pilot application form; field names are the API's own, so its error list points at
 * the form's fields.
 */
public class PilotForm {

	private String municipalityNumber;

	private RegistrationForm.Coordinator contact = new RegistrationForm.Coordinator();

	private String motivation;

	private boolean inGuidanceScheme;

	public String getMunicipalityNumber() {
		return this.municipalityNumber;
	}

	public void setMunicipalityNumber(String municipalityNumber) {
		this.municipalityNumber = municipalityNumber;
	}

	public RegistrationForm.Coordinator getContact() {
		return this.contact;
	}

	public void setContact(RegistrationForm.Coordinator contact) {
		this.contact = contact;
	}

	public String getMotivation() {
		return this.motivation;
	}

	public void setMotivation(String motivation) {
		this.motivation = motivation;
	}

	public boolean isInGuidanceScheme() {
		return this.inGuidanceScheme;
	}

	public void setInGuidanceScheme(boolean inGuidanceScheme) {
		this.inGuidanceScheme = inGuidanceScheme;
	}

}
