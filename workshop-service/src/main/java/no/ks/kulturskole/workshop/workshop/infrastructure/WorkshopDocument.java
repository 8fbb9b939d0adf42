package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.support.outbox.OutboxEntry;
import no.ks.kulturskole.workshop.questions.model.QuestionForm;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One workshop and the events about it not yet relayed to Kafka. The outbox lives in the
 * same document because the document is the unit MongoDB writes atomically.
 *
 * @param firstSessionStartsAt kept beside the sessions so lists can sort by it
 * @param lastSessionEndsAt kept so lists can tell upcoming from past
 * @param nextDueAt when time next makes something due (close, release, complete), so the
 * timetable finds due workshops with one indexed query; {@code null} when nothing will be
 * @param revision {@code null} in documents stored before reschedules existed
 * @param organisers {@code null} in documents stored before organisers existed (read as
 * none known)
 * @param free {@code null} in documents stored before the price was recorded (unknown)
 * @param changedAt when it was last stored (any change, by staff or by time): the
 * calendar feed's LAST-MODIFIED; {@code null} in documents not changed since before it
 * was recorded
 * @param invitationScope who may register ({@code InvitationScope}); {@code null} in
 * documents stored before invitations existed (open to all)
 * @param invitedOrganisations the invited organisations' numbers; {@code null} or empty
 * when open
 * @param questions the registration form's extra questions (issue 17); {@code null} in
 * documents stored before questions existed (none asked)
 * @param outbox see {@link no.ks.kulturskole.support.outbox.OutboxRelay}
 */
@Document(collection = WorkshopDocument.COLLECTION)
record WorkshopDocument(@Id String id, @Version Long version, String status, String title, String description,
		String programme, List<String> organisers, String targetGroup, Boolean free, String format, String venue,
		String meetingUrl, String language, Instant registrationDeadline, Instant firstSessionStartsAt,
		Instant lastSessionEndsAt, Instant nextDueAt, int minDelegationSize, Integer maxDelegationSize,
		boolean outsideRoleRequired, List<SessionDocument> sessions, Instant scheduledAt, Integer revision,
		String cancellationReason, PreparationDocument preparation, Instant changedAt, String invitationScope,
		List<String> invitedOrganisations, QuestionForm questions, List<OutboxEntry> outbox) {

	static final String COLLECTION = "workshops";

}
