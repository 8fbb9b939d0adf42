package no.ks.kulturskole.registration.delegation.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.registration.delegation.application.ManagedDelegation;
import no.ks.kulturskole.registration.delegation.model.answers.StoredAnswers;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.Participant;

/**
 * Everything registration-service holds about one delegation, for its coordinator to
 * download (GDPR art. 15 access and art. 20 portability, issue 14): the people, their
 * roles, the seat and its history's dates, the reflection answers. Not the hash of the
 * manage secret, which is no information about a person. The e-mails sent to the
 * delegation are kept by notification-service and not part of this file (the privacy
 * notice tells how to ask for them).
 *
 * @param extraAnswers the answers to the workshop's extra questions (issue 17): the
 * delegation's by question id, and each delegate's by participant id
 * @param format names the layout, so a later field added is recognisable
 * @param exportedAt when the file was made
 */
record DelegationDataExport(String format, Instant exportedAt, String delegationId, Workshop workshop,
		Organisation organisation, Contact coordinator, List<Participant> participants, String sessionId,
		SeatStatus status, Instant registeredAt, Instant cancelledAt, String cancellationReason, String language,
		List<ReflectionAnswer> reflection, ExtraAnswers extraAnswers) {

	static final String FORMAT = "kulturskole-delegation/1";

	static DelegationDataExport of(ManagedDelegation managed, Instant now, StoredAnswers answers) {
		Delegation delegation = managed.delegation();
		return new DelegationDataExport(FORMAT, now, delegation.delegationId(),
				new Workshop(managed.workshopId(), managed.workshopTitle(), managed.registrationDeadline()),
				delegation.organisation(), delegation.coordinator(), delegation.participants(), delegation.sessionId(),
				delegation.status(), delegation.registeredAt(), delegation.cancelledAt(),
				delegation.cancellationReason(), delegation.language(), delegation.reflection(),
				new ExtraAnswers(answers.delegation(), answers.participants()));
	}

	record ExtraAnswers(Map<String, List<String>> delegation, Map<String, Map<String, List<String>>> participants) {
	}

	record Workshop(String workshopId, String title, Instant registrationDeadline) {
	}

}
