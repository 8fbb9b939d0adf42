package no.ks.kulturskole.registration.delegation.model;

/**
 * Where a workshop is in its life, as far as registration cares. Only a scheduled
 * workshop takes new registrations; a closed one still lets delegations replace delegates
 * and promotes its waiting list; a cancelled or completed one changes no more.
 */
public enum WorkshopStatus {

	SCHEDULED, CLOSED, CANCELLED, COMPLETED;

	public boolean isOver() {
		return this == CANCELLED || this == COMPLETED;
	}

}
