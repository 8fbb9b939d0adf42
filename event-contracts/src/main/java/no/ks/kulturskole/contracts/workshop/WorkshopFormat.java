package no.ks.kulturskole.contracts.workshop;

public enum WorkshopFormat {

	/** A video meeting; the meeting URL goes only to confirmed delegates. */
	ONLINE,

	/** A physical venue with an address. */
	VENUE

}
