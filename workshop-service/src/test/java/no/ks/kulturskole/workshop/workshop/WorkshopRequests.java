package no.ks.kulturskole.workshop.workshop;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies as staff send them, as plain maps so a test can break one field. Dates
 * are in March of next year: always in the future, always winter time (UTC+1) in Oslo.
 */
public final class WorkshopRequests {

	public static final int YEAR = Year.now(ZoneId.of("Europe/Oslo")).getValue() + 1;

	public static final String MEETING_URL = "https://møte.example.no/kulturskole";

	public static final String TARGET_GROUP = "Kulturskoleledere, kommunalt ansatte og politikere";

	private WorkshopRequests() {
	}

	public static Map<String, Object> online(String title) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("title", title);
		request.put("description", "Digitalt verksted om kulturskolens rolle i kommunen.");
		request.put("programme", "Fremtidens kulturskole");
		request.put("format", "ONLINE");
		request.put("meetingUrl", MEETING_URL);
		request.put("registrationDeadline", YEAR + "-03-01T23:59");
		request.put("minDelegationSize", 2);
		request.put("maxDelegationSize", 6);
		request.put("outsideRoleRequired", true);
		request.put("organisers", new ArrayList<>(List.of("KS", "Norsk kulturskoleråd")));
		request.put("targetGroup", TARGET_GROUP);
		request.put("free", true);
		request.put("sessions", new ArrayList<>(List.of(session("03-10T09:00", "03-10T11:30", 60))));
		return request;
	}

	/**
	 * @param starts month, day and Oslo time, e.g. {@code 03-10T09:00}
	 */
	public static Map<String, Object> session(String starts, String ends, int capacity) {
		Map<String, Object> session = new LinkedHashMap<>();
		session.put("startsAt", YEAR + "-" + starts);
		session.put("endsAt", YEAR + "-" + ends);
		session.put("capacity", capacity);
		return session;
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> firstSession(Map<String, Object> request) {
		return ((List<Map<String, Object>>) request.get("sessions")).get(0);
	}

}
