package no.ks.kulturskole.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the registration form posts. The field names are the registration API's own
 * ({@code coordinator.name}, {@code participants[0].email}), so the API's error list
 * points straight at the form's fields.
 */
public class RegistrationForm {

	/** Rows offered without JavaScript; blank rows are ignored. */
	static final int DELEGATE_ROWS = 6;

	/** More rows than this are added with the "more rows" button. */
	static final int MOST_ROWS_AT_ONCE = 20;

	private String municipalityNumber;

	private Coordinator coordinator = new Coordinator();

	private List<Delegate> participants = new ArrayList<>();

	/** The delegation's answers to the extra questions, by question id (issue 17). */
	private Map<String, List<String>> answers = new LinkedHashMap<>();

	static RegistrationForm blank(Integer maxDelegationSize) {
		RegistrationForm form = new RegistrationForm();
		form.padRows(maxDelegationSize);
		return form;
	}

	/**
	 * Offers as many rows as the workshop takes (at most {@link #MOST_ROWS_AT_ONCE}), or
	 * {@link #DELEGATE_ROWS} when it sets no limit, and never drops a row written in.
	 */
	void padRows(Integer maxDelegationSize) {
		int rows = (maxDelegationSize != null) ? Math.min(maxDelegationSize, MOST_ROWS_AT_ONCE) : DELEGATE_ROWS;
		while (this.participants.size() < rows) {
			this.participants.add(new Delegate());
		}
	}

	/** The "more rows" button, for delegations larger than the rows offered. */
	void addRows(int count) {
		for (int i = 0; i < count; i++) {
			this.participants.add(new Delegate());
		}
	}

	/** The rows somebody wrote in, with their place in the form. */
	List<FilledRow> filledRows() {
		List<FilledRow> rows = new ArrayList<>();
		for (int i = 0; i < this.participants.size(); i++) {
			Delegate delegate = this.participants.get(i);
			if (delegate != null && !delegate.isBlank()) {
				rows.add(new FilledRow(i, delegate));
			}
		}
		return rows;
	}

	public String getMunicipalityNumber() {
		return this.municipalityNumber;
	}

	public void setMunicipalityNumber(String municipalityNumber) {
		this.municipalityNumber = municipalityNumber;
	}

	public Coordinator getCoordinator() {
		return this.coordinator;
	}

	public void setCoordinator(Coordinator coordinator) {
		this.coordinator = coordinator;
	}

	public List<Delegate> getParticipants() {
		return this.participants;
	}

	public void setParticipants(List<Delegate> participants) {
		this.participants = participants;
	}

	public Map<String, List<String>> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, List<String>> answers) {
		this.answers = answers;
	}

	/**
	 * What was answered, for the registration API: blank values and unanswered questions
	 * left out (a choice question unanswered sends nothing at all).
	 */
	static Map<String, List<String>> given(Map<String, List<String>> answers) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		if (answers != null) {
			answers.forEach((questionId, values) -> {
				List<String> filled = (values != null)
						? values.stream().filter(value -> value != null && !value.isBlank()).toList() : List.of();
				if (!filled.isEmpty()) {
					given.put(questionId, filled);
				}
			});
		}
		return given;
	}

	/** Whether a value was chosen or written, for a template putting the form back. */
	static boolean has(Map<String, List<String>> answers, String questionId, String value) {
		List<String> values = (answers != null) ? answers.get(questionId) : null;
		return values != null && values.contains(value);
	}

	/** The text written, for a template putting the form back. */
	static String text(Map<String, List<String>> answers, String questionId) {
		List<String> values = (answers != null) ? answers.get(questionId) : null;
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	public boolean chosen(String questionId, String value) {
		return has(this.answers, questionId, value);
	}

	public String written(String questionId) {
		return text(this.answers, questionId);
	}

	record FilledRow(int formIndex, Delegate delegate) {
	}

	public static class Coordinator {

		private String name;

		private String email;

		private String phone;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

	}

	public static class Delegate {

		private String name;

		private String email;

		private String roleTitle;

		private String roleCategory;

		private Map<String, List<String>> answers = new LinkedHashMap<>();

		public Map<String, List<String>> getAnswers() {
			return this.answers;
		}

		public void setAnswers(Map<String, List<String>> answers) {
			this.answers = answers;
		}

		public boolean chosen(String questionId, String value) {
			return has(this.answers, questionId, value);
		}

		public String written(String questionId) {
			return text(this.answers, questionId);
		}

		boolean isBlank() {
			return isBlank(this.name) && isBlank(this.email) && isBlank(this.roleTitle) && isBlank(this.roleCategory);
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getRoleTitle() {
			return this.roleTitle;
		}

		public void setRoleTitle(String roleTitle) {
			this.roleTitle = roleTitle;
		}

		public String getRoleCategory() {
			return this.roleCategory;
		}

		public void setRoleCategory(String roleCategory) {
			this.roleCategory = roleCategory;
		}

	}

}
