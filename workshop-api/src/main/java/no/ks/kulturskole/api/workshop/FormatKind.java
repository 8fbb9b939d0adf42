package no.ks.kulturskole.api.workshop;

/**
 * How a workshop is held, as the API names it; workshop-service maps it to its model's
 * own kind, so the model stays free of the contract.
 */
public enum FormatKind {

	/** A video meeting. */
	ONLINE,

	/** A physical venue with an address. */
	VENUE

}
