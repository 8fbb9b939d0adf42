package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mails of a workshop's report, sent and failed, per delegation and for the workshop
 * as a whole; each mail id counted once however often its event is read.
 */
final class MailCounts {

	/** Per delegation (in the order first mailed): sent, failed. */
	private final Map<String, int[]> perDelegation = new LinkedHashMap<>();

	private final Set<String> counted = new LinkedHashSet<>();

	private int workshopSent;

	private int workshopFailed;

	/**
	 * @param totals the stored report's totals: what is not per delegation is about the
	 * workshop as a whole
	 */
	MailCounts(List<DelegationMails> stored, Totals totals, Collection<String> counted) {
		int sent = 0;
		int failed = 0;
		for (DelegationMails mail : stored) {
			this.perDelegation.put(mail.delegationId(), new int[] { mail.sent(), mail.failed() });
			sent += mail.sent();
			failed += mail.failed();
		}
		this.workshopSent = (totals != null) ? totals.mailsSent() - sent : 0;
		this.workshopFailed = (totals != null) ? totals.mailsFailed() - failed : 0;
		this.counted.addAll(counted);
	}

	/**
	 * @param delegationId {@code null} for a mail about the workshop as a whole
	 */
	void sent(String mailId, String delegationId) {
		if (!this.counted.add("sent:" + mailId)) {
			return;
		}
		if (delegationId == null) {
			this.workshopSent++;
		}
		else {
			this.perDelegation.computeIfAbsent(delegationId, (id) -> new int[2])[0]++;
		}
	}

	/**
	 * @param delegationId {@code null} for a mail about the workshop as a whole
	 */
	void failed(String mailId, String delegationId) {
		if (!this.counted.add("failed:" + mailId)) {
			return;
		}
		if (delegationId == null) {
			this.workshopFailed++;
		}
		else {
			this.perDelegation.computeIfAbsent(delegationId, (id) -> new int[2])[1]++;
		}
	}

	List<DelegationMails> perDelegation() {
		return this.perDelegation.entrySet()
			.stream()
			.map(mail -> new DelegationMails(mail.getKey(), mail.getValue()[0], mail.getValue()[1]))
			.toList();
	}

	int totalSent() {
		return this.workshopSent + this.perDelegation.values().stream().mapToInt(counts -> counts[0]).sum();
	}

	int totalFailed() {
		return this.workshopFailed + this.perDelegation.values().stream().mapToInt(counts -> counts[1]).sum();
	}

	List<String> counted() {
		return List.copyOf(this.counted);
	}

}
