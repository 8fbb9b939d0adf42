package no.ks.kulturskole.gateway.pages;

import java.time.LocalDateTime;
import java.util.List;

import no.ks.kulturskole.api.workshop.FormatKind;
import no.ks.kulturskole.api.workshop.PublicWorkshopResponse;

/**
 * A workshop as the public pages show it: workshop-api's {@link PublicWorkshopResponse}
 * with what the pages derive from it (the questions in the page's language, the seats
 * left, the invited organisations' names). The record's fields the pages show are passed
 * on as they are; nothing here is read from JSON.
 */
final class WorkshopPage {

	private final PublicWorkshopResponse workshop;

	private final List<FormQuestion> questions;

	private WorkshopPage(PublicWorkshopResponse workshop) {
		this.workshop = workshop;
		this.questions = FormQuestion.of(workshop.questions());
	}

	/** {@code null} for {@code null}: a workshop that is not there. */
	static WorkshopPage of(PublicWorkshopResponse workshop) {
		return (workshop != null) ? new WorkshopPage(workshop) : null;
	}

	public String id() {
		return this.workshop.id();
	}

	public String title() {
		return this.workshop.title();
	}

	public String description() {
		return this.workshop.description();
	}

	public boolean online() {
		return this.workshop.format() == FormatKind.ONLINE;
	}

	public String venue() {
		return this.workshop.venue();
	}

	public LocalDateTime registrationDeadlineLocal() {
		return this.workshop.registrationDeadlineLocal();
	}

	public boolean registrationOpen() {
		return this.workshop.registrationOpen();
	}

	public int minDelegationSize() {
		return this.workshop.minDelegationSize();
	}

	public Integer maxDelegationSize() {
		return this.workshop.maxDelegationSize();
	}

	public boolean outsideRoleRequired() {
		return this.workshop.outsideRoleRequired();
	}

	public boolean invitationOnly() {
		return this.workshop.invitationOnly();
	}

	public List<FormQuestion> questions() {
		return this.questions;
	}

	/** The extra questions asked once for the delegation. */
	public List<FormQuestion> delegationQuestions() {
		return this.questions.stream().filter(FormQuestion::forDelegation).toList();
	}

	/** The extra questions asked for each delegate. */
	public List<FormQuestion> participantQuestions() {
		return this.questions.stream().filter(question -> !question.forDelegation()).toList();
	}

	/**
	 * The invited organisations' names, for the notice that the workshop is theirs.
	 */
	public String invitedNames() {
		return String.join(", ",
				this.workshop.invitedOrganisations()
					.stream()
					.map(PublicWorkshopResponse.InvitedOrganisation::name)
					.toList());
	}

	/** Seats left over all sessions: the number a municipality decides on. */
	public int seatsLeft() {
		return this.workshop.sessions().stream().mapToInt(PublicWorkshopResponse.PublicSession::seatsLeft).sum();
	}

	public LocalDateTime firstStart() {
		return this.workshop.sessions().isEmpty() ? null : this.workshop.sessions().get(0).startsAtLocal();
	}

}
