package no.ks.kulturskole.gateway.pages;

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
	static ManageAnswersForm of(ManageApi.Managed delegation, ManageApi.GivenAnswers given) {
		ManageAnswersForm form = new ManageAnswersForm();
		form.answers = new LinkedHashMap<>(given.answers());
		for (ManageApi.ParticipantLine line : delegation.participants()) {
			Delegate delegate = new Delegate();
			delegate.setParticipantId(line.participantId());
			delegate.setName(line.name());
			delegate.setAnswers(new LinkedHashMap<>(given.participants().getOrDefault(line.participantId(), Map.of())));
			form.participants.add(delegate);
		}
		return form;
	}

	/** As the answers API takes them. */
	Map<String, Object> body() {
		List<Map<String, Object>> delegates = new ArrayList<>();
		for (Delegate delegate : this.participants) {
			if (delegate != null && delegate.getParticipantId() != null) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("participantId", delegate.getParticipantId());
				line.put("answers", RegistrationForm.given(delegate.getAnswers()));
				delegates.add(line);
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("answers", RegistrationForm.given(this.answers));
		body.put("participants", delegates);
		return body;
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
