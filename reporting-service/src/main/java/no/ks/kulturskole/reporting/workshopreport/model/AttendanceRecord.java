package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;

/**
 * Who of one delegation attended one session, as staff last recorded it (from
 * {@code AttendanceRecorded}). Ids only; the names are in the participants.
 *
 * @param sequence of the event it came from: a lower one never replaces it
 */
public record AttendanceRecord(String sessionId, String delegationId, List<String> present, long sequence) {

	public AttendanceRecord {
		present = (present != null) ? List.copyOf(present) : List.of();
	}

	String key() {
		return this.sessionId + "/" + this.delegationId;
	}

}
