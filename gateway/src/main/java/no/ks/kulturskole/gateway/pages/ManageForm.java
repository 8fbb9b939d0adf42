package no.ks.kulturskole.gateway.pages;

import no.ks.kulturskole.api.registration.ManagedDelegationView;
import java.util.ArrayList;
import java.util.List;

/**
 * The manage page's delegate list: every present delegate as a row with its id (change
 * the e-mail to replace the person), a "remove" box, and empty rows to add people.
 */
public class ManageForm {

	/** Empty rows offered for new delegates. */
	static final int NEW_ROWS = 3;

	private List<Line> participants = new ArrayList<>();

	static ManageForm of(ManagedDelegationView managed) {
		ManageForm form = new ManageForm();
		for (ManagedDelegationView.ParticipantLine participant : managed.participants()) {
			Line line = new Line();
			line.setParticipantId(participant.participantId());
			line.setName(participant.name());
			line.setEmail(participant.email());
			line.setRoleTitle(participant.roleTitle());
			line.setRoleCategory((participant.roleCategory() != null) ? participant.roleCategory().name() : null);
			form.participants.add(line);
		}
		form.padRows();
		return form;
	}

	void padRows() {
		long empty = this.participants.stream()
			.filter((line) -> line != null && line.isNew() && line.isBlank())
			.count();
		for (long i = empty; i < NEW_ROWS; i++) {
			this.participants.add(new Line());
		}
	}

	/** The rows the delegation should consist of, with their place in the form. */
	List<Kept> kept() {
		List<Kept> kept = new ArrayList<>();
		for (int i = 0; i < this.participants.size(); i++) {
			Line line = this.participants.get(i);
			if (line != null && !line.isRemove() && !(line.isNew() && line.isBlank())) {
				kept.add(new Kept(i, line));
			}
		}
		return kept;
	}

	public List<Line> getParticipants() {
		return this.participants;
	}

	public void setParticipants(List<Line> participants) {
		this.participants = participants;
	}

	record Kept(int formIndex, Line line) {
	}

	public static class Line {

		private String participantId;

		private String name;

		private String email;

		private String roleTitle;

		private String roleCategory;

		private boolean remove;

		boolean isNew() {
			return this.participantId == null || this.participantId.isBlank();
		}

		boolean isBlank() {
			return blank(this.name) && blank(this.email) && blank(this.roleTitle) && blank(this.roleCategory);
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
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

		public boolean isRemove() {
			return this.remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
