package no.ks.kulturskole.gateway.pages;

import java.util.ArrayList;
import java.util.List;

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
