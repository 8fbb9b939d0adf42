package no.ks.kulturskole.api.workshop;

/** Who may register for a workshop (issue 17), as the API names it. */
public enum InvitationScope {

	/** Every municipality and county. */
	OPEN,

	/** Only the organisations listed. */
	LISTED,

	/** The municipalities selected for the pilot, also those selected later. */
	PILOT_MUNICIPALITIES

}
