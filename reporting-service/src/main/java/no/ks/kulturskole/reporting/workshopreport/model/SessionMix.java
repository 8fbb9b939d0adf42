package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who one session's delegations bring, derived from the delegations and participants
 * (cancelled ones left out), in the session order of the report.
 *
 * @param roleCategoryMix participants per role category
 * @param delegationsMeetingOutsideRoleRule delegations with at least one delegate whose
 * role is outside the kulturskole
 * @param reflectionsSubmitted delegations that have sent their reflection answers
 * @param mailsSent e-mails sent about the delegations now in this session, cancelled ones
 * included (the mails went out)
 * @param mailsFailed likewise, e-mails that could not be delivered
 */
public record SessionMix(String sessionId, Map<String, Integer> roleCategoryMix, int delegationsMeetingOutsideRoleRule,
		int reflectionsSubmitted, int mailsSent, int mailsFailed) {

	public SessionMix {
		// sorted, so the dashboard and the tests see the categories in one order
		roleCategoryMix = Collections.unmodifiableMap(new TreeMap<>(roleCategoryMix));
	}

}
