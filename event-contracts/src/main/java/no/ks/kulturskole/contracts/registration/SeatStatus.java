package no.ks.kulturskole.contracts.registration;

public enum SeatStatus {

	/** The whole delegation has seats in its session. */
	CONFIRMED,

	/** The session had no room for the whole delegation; it waits as one group. */
	WAITLISTED

}
