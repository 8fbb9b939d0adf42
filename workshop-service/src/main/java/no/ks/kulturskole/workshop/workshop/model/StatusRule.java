package no.ks.kulturskole.workshop.workshop.model;

import static no.ks.kulturskole.workshop.workshop.model.WorkshopStatus.DRAFT;
import static no.ks.kulturskole.workshop.workshop.model.WorkshopStatus.REGISTRATION_CLOSED;
import static no.ks.kulturskole.workshop.workshop.model.WorkshopStatus.SCHEDULED;

import java.util.EnumSet;
import java.util.Set;

import no.ks.kulturskole.support.problem.ConflictingState;

/**
 * What each change of a workshop asks of its status, and how a refusal reads to staff. In
 * one place so that the lifecycle can be read at a glance: most changes are possible
 * until the workshop is over or cancelled, a few only in one state.
 */
enum StatusRule {

	REVISE("draft-only", "Bare utkast kan endres fritt; bruk flytting, økter og kapasitet for publiserte.", DRAFT),

	SCHEDULE("schedule-draft-only", "Bare utkast kan publiseres.", DRAFT),

	CLOSE("close-scheduled-only", "Påmeldingen kan bare stenges for verksted som er åpne for påmelding.", SCHEDULED),

	COMPLETE("complete-published-only", "Bare publiserte verksted kan fullføres.", SCHEDULED, REGISTRATION_CLOSED),

	CANCEL("cancel-before-completion", "Bare verksted som ikke er fullført eller avlyst kan avlyses.", DRAFT, SCHEDULED,
			REGISTRATION_CLOSED),

	RESCHEDULE("reschedule-published-only",
			"Bare publiserte verksted som ikke er over kan flyttes; endre utkast direkte.", SCHEDULED,
			REGISTRATION_CLOSED),

	ADD_SESSION("add-session-active-only", "Økter kan bare legges til verksted som ikke er over eller avlyst.", DRAFT,
			SCHEDULED, REGISTRATION_CLOSED),

	CHANGE_CAPACITY("capacity-active-only", "Kapasitet kan bare endres for verksted som ikke er over eller avlyst.",
			DRAFT, SCHEDULED, REGISTRATION_CLOSED),

	CHANGE_DETAILS("details-active-only", "Bare verksted som ikke er over eller avlyst kan endres.", DRAFT, SCHEDULED,
			REGISTRATION_CLOSED),

	INVITE("invitations-active-only",
			"Hvem som kan melde seg på, kan bare endres for verksted som ikke er over eller avlyst.", DRAFT, SCHEDULED,
			REGISTRATION_CLOSED),

	ASK_QUESTIONS("questions-active-only", "Spørsmålene kan bare endres for verksted som ikke er over eller avlyst.",
			DRAFT, SCHEDULED, REGISTRATION_CLOSED),

	PREPARE("prepare-active-only", "Materiell kan bare publiseres for verksted som ikke er over eller avlyst.", DRAFT,
			SCHEDULED, REGISTRATION_CLOSED);

	private final String rule;

	private final String message;

	private final Set<WorkshopStatus> allowed;

	StatusRule(String rule, String message, WorkshopStatus first, WorkshopStatus... more) {
		this.rule = rule;
		this.message = message;
		this.allowed = EnumSet.of(first, more);
	}

	/**
	 * @throws ConflictingState naming {@code status} when the workshop is not in a state
	 * that allows the change: the request is fine in itself, it clashes with where the
	 * workshop is now
	 */
	void check(WorkshopStatus status) {
		if (!this.allowed.contains(status)) {
			throw new ConflictingState("status", this.rule, this.message);
		}
	}

}
