package no.ks.kulturskole.reporting.workshopreport.model;

/**
 * Attendance in one group: a session, a municipality, a county, a KS region or a
 * Kulturskolerådet branch.
 *
 * @param key the session id, municipality or county number, or the region's or branch's
 * name ({@code null} for Oslo, which is in no KS region)
 * @param persons participants recorded present (each once, however many sessions)
 * @param delegations delegations with at least one person present
 */
public record AttendanceCount(String key, String name, int persons, int delegations) {
}
