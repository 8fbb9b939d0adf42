package no.ks.kulturskole.notification.mail.model;

/** Which fact an e-mail tells its recipient about; one template per kind. */
public enum MailKind {

	/**
	 * To the coordinator: we have your delegation's registration (confirmed or
	 * waitlisted).
	 */
	DELEGATION_CONFIRMATION,

	/**
	 * To one delegate: you are registered (confirmed or waitlisted), with a calendar
	 * invitation.
	 */
	DELEGATE_CONFIRMATION,

	/** To each delegate: the workshop has new times (with an updated calendar entry). */
	WORKSHOP_RESCHEDULED,

	/**
	 * To each delegate: the workshop has a new title, format, venue or meeting link (with
	 * an updated calendar entry when the seat is confirmed).
	 */
	WORKSHOP_DETAILS_CHANGED,

	/** To each delegate: the workshop will not take place (calendar entry removed). */
	WORKSHOP_CANCELLED,

	/**
	 * To each delegate: the waitlisted delegation got seats (with a calendar invitation).
	 */
	DELEGATION_PROMOTED,

	/** To each delegate: the delegation was cancelled (calendar entry removed). */
	DELEGATION_CANCELLED,

	/** To a delegate who left or was replaced (calendar entry removed). */
	PARTICIPANT_REMOVED,

	/** To each confirmed delegate: preparation material, at release (default T−7). */
	MATERIALS,

	/** To each confirmed delegate, the day before: reminder with the meeting link. */
	REMINDER,

	/**
	 * To the coordinator who asked for it: a new manage link (the old one stops working).
	 */
	MANAGE_LINK,

	/**
	 * To a delegate added to (or replacing someone in) a delegation after registration.
	 */
	DELEGATE_ADDED,

	/**
	 * To each delegate and the coordinator: staff moved the delegation to another
	 * session.
	 */
	DELEGATION_MOVED,

	/**
	 * To the coordinator, before the registration deadline: the delegation does not yet
	 * meet the workshop's rules.
	 */
	DEADLINE_APPROACHING,

	/**
	 * To a delegation's coordinator: someone else (named) tried to register the
	 * municipality; the registration is unchanged.
	 */
	REGISTRATION_CONFLICT,

	/**
	 * To the person who tried to register a municipality that another contact person had
	 * registered: it is registered already (without naming the other person).
	 */
	ALREADY_REGISTERED,

	/**
	 * To the person staff made the delegation's coordinator: their manage link (the
	 * previous coordinator's stops working).
	 */
	COORDINATOR_HANDOVER,

	/**
	 * To the coordinator staff replaced by the person who tried to register: who the
	 * coordinator is now; their link no longer works.
	 */
	COORDINATOR_REPLACED,

	/** To the contact of a pilot application: the municipality was selected. */
	PILOT_SELECTED,

	/** To the contact of a pilot application: the application was declined. */
	PILOT_DECLINED,

	/**
	 * To the delegates and/or coordinators staff chose: a message staff wrote, once per
	 * person and message.
	 */
	REGISTRANT_MESSAGE,

	/**
	 * To the contacts the platform knows of an organisation invited to an invite-only
	 * workshop (issue 17): the invitation, with the registration link; once per person,
	 * workshop and organisation.
	 */
	WORKSHOP_INVITATION,

	/**
	 * To each attendee of a session that has ended: the link to its anonymous evaluation
	 * (issue 16); once per participant and session.
	 */
	EVALUATION_INVITATION

}
