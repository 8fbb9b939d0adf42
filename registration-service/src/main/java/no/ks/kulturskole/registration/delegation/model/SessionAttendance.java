package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.List;

/**
 * Who of one delegation attended one session, as staff last recorded it. A delegation
 * with no entry for a session had nobody there.
 *
 * @param present ids of the delegation's participants who were there
 * @param sequence raised by every change of this entry (1 first), carried by
 * {@code AttendanceRecorded} so that consumers apply only what is newer
 */
public record SessionAttendance(String sessionId, String delegationId, List<String> present, long sequence,
		Instant recordedAt) {

	public SessionAttendance {
		present = (present != null) ? List.copyOf(present) : List.of();
	}

	boolean isOf(String sessionId, String delegationId) {
		return this.sessionId.equals(sessionId) && this.delegationId.equals(delegationId);
	}

}
