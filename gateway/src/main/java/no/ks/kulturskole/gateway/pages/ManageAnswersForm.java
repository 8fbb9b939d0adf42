package no.ks.kulturskole.gateway.pages;

import no.ks.kulturskole.api.registration.ManagedDelegationView;
import no.ks.kulturskole.api.registration.AnswersRequest;
import no.ks.kulturskole.api.registration.AnswersView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's answers to the workshop's extra questions on the manage page (issue
 * 17): the delegation's, and each delegate's in the delegation's order, which is the
 * order the service names them in ({@code participants[1].answers.diet}).
 */
public class ManageAnswersForm {

	private Map<String, List<String>> answers = new LinkedHashMap<>();

	private List<Delegate> participants = new ArrayList<>();

	/** The form as the service holds the answers now. */
	static ManageAnswersForm of(ManagedDelegationView delegation, AnswersView given) {
		ManageAnswersForm form = new ManageAnswersForm();
		form.answers = new LinkedHashMap<>(given.answers());
		for (ManagedDelegationView.ParticipantLine line : delegation.participants()) {
			Delegate delegate = new Delegate();
			delegate.setParticipantId(line.participantId());
			delegate.setName(line.name());
			delegate.setAnswers(new LinkedHashMap<>(given.participants().getOrDefault(line.participantId(), Map.of())));
			form.participants.add(delegate);
		}
		return form;
	}

	/** As the answers API takes them. */
	AnswersRequest body() {
		List<AnswersRequest.ParticipantAnswers> delegates = new ArrayList<>();
		for (Delegate delegate : this.participants) {
			if (delegate != null && delegate.getParticipantId() != null) {
				delegates.add(new AnswersRequest.ParticipantAnswers(delegate.getParticipantId(),
						new LinkedHashMap<>(RegistrationForm.given(delegate.getAnswers()))));
			}
		}
		return new AnswersRequest(new LinkedHashMap<>(RegistrationForm.given(this.answers)), delegates);
	}

	public boolean chosen(String questionId, String value) {
		return RegistrationForm.has(this.answers, questionId, value);
	}

	public String written(String questionId) {
		return RegistrationForm.text(this.answers, questionId);
	}

	public Map<String, List<String>> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, List<String>> answers) {
		this.answers = answers;
	}

	public List<Delegate> getParticipants() {
		return this.participants;
	}

	public void setParticipants(List<Delegate> participants) {
		this.participants = participants;
	}

	public static class Delegate {

		private String participantId;

		private String name;

		private Map<String, List<String>> answers = new LinkedHashMap<>();

		public boolean chosen(String questionId, String value) {
			return RegistrationForm.has(this.answers, questionId, value);
		}

		public String written(String questionId) {
			return RegistrationForm.text(this.answers, questionId);
		}

		public String getParticipantId() {
			return this.participantId;
		}

		public void setParticipantId(String participantId) {
			this.participantId = participantId;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Map<String, List<String>> getAnswers() {
			return this.answers;
		}

		public void setAnswers(Map<String, List<String>> answers) {
			this.answers = answers;
		}

	}

}
