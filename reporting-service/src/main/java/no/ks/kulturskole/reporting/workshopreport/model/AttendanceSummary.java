package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Who came, counted per workshop, session, municipality, county, KS region and
 * Kulturskolerådet branch; derived from the attendance records and the delegations'
 * municipality when a report is made, never stored.
 *
 * @param persons participants present in any session, each once
 * @param delegations delegations with anyone present
 * @param municipalities municipalities with anyone present
 */
public record AttendanceSummary(int persons, int delegations, int municipalities, List<AttendanceCount> perSession,
		List<AttendanceCount> perMunicipality, List<AttendanceCount> perCounty, List<AttendanceCount> perKsRegion,
		List<AttendanceCount> perBranch) {

	static AttendanceSummary of(List<AttendanceRecord> records, Collection<DelegationReport> delegations,
			List<SessionReport> sessions) {
		Map<String, DelegationReport> byId = new LinkedHashMap<>();
		delegations.forEach(delegation -> byId.put(delegation.delegationId(), delegation));
		List<AttendanceRecord> present = records.stream()
			.filter(entry -> !entry.present().isEmpty())
			.filter(entry -> byId.containsKey(entry.delegationId()))
			.toList();
		List<AttendanceCount> perSession = sessions.stream()
			.map(session -> count(session.sessionId(), null,
					present.stream().filter(entry -> entry.sessionId().equals(session.sessionId())).toList()))
			.toList();
		List<AttendanceCount> perMunicipality = groupBy(present, byId, DelegationReport::municipalityNumber,
				DelegationReport::municipalityName);
		return new AttendanceSummary(persons(present), delegationsOf(present), perMunicipality.size(), perSession,
				perMunicipality, groupBy(present, byId, DelegationReport::countyNumber, DelegationReport::countyName),
				groupBy(present, byId, DelegationReport::ksRegion, DelegationReport::ksRegion),
				groupBy(present, byId, DelegationReport::kulturskoleradBranch, DelegationReport::kulturskoleradBranch));
	}

	private static List<AttendanceCount> groupBy(List<AttendanceRecord> present, Map<String, DelegationReport> byId,
			Function<DelegationReport, String> key, Function<DelegationReport, String> name) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, List<AttendanceRecord>> groups = new LinkedHashMap<>();
		for (AttendanceRecord entry : present) {
			DelegationReport delegation = byId.get(entry.delegationId());
			String group = Objects.toString(key.apply(delegation), "");
			names.putIfAbsent(group, name.apply(delegation));
			groups.computeIfAbsent(group, (any) -> new java.util.ArrayList<>()).add(entry);
		}
		return groups.entrySet()
			.stream()
			.map(group -> count(group.getKey().isEmpty() ? null : group.getKey(), names.get(group.getKey()),
					group.getValue()))
			.toList();
	}

	private static AttendanceCount count(String key, String name, List<AttendanceRecord> entries) {
		return new AttendanceCount(key, name, persons(entries), delegationsOf(entries));
	}

	private static int persons(List<AttendanceRecord> entries) {
		Set<String> persons = new LinkedHashSet<>();
		entries.forEach(entry -> persons.addAll(entry.present()));
		return persons.size();
	}

	private static int delegationsOf(List<AttendanceRecord> entries) {
		return (int) entries.stream().map(AttendanceRecord::delegationId).distinct().count();
	}

}
