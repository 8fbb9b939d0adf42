package no.ks.kulturskole.workshop.workshop.model;

/** Who may register for a workshop (issue 17: invite-only gatherings). */
public enum InvitationScope {

	/** Every municipality and county authority: the default. */
	OPEN,

	/** The organisations staff listed by hand. */
	LISTED,

	/** The municipalities selected for the pilot, kept in step with each selection. */
	PILOT_MUNICIPALITIES

}
