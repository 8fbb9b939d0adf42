package no.ks.kulturskole.workshop.workshop.model;

/** How people attend, as chosen by staff when scheduling. */
public enum FormatKind {

	/** A video meeting. */
	ONLINE,

	/** A physical venue with an address. */
	VENUE

}
