package no.ks.kulturskole.workshop.workshop.model;

import java.util.List;

/**
 * What a workshop's announcement tells people besides its content and times: who runs it,
 * whom it is for, and whether taking part costs anything. Public facts, shown on the
 * public pages and carried by {@code WorkshopScheduled}.
 *
 * @param organisers who runs it, e.g. KS and Norsk kulturskoleråd; at least one for every
 * workshop created through the rules, empty only for one stored before organisers existed
 * @param targetGroup whom it is for, in the organisers' words; {@code null} when not
 * given
 * @param free {@code true} when taking part costs nothing; {@code null} only for a
 * workshop stored before this was recorded
 */
public record Offering(List<String> organisers, String targetGroup, Boolean free) {

	/**
	 * The programme is run by these two; a workshop without named organisers is theirs.
	 */
	public static final List<String> DEFAULT_ORGANISERS = List.of("KS", "Norsk kulturskoleråd");

	/** The programme's workshops are free unless staff say otherwise. */
	public static final boolean DEFAULT_FREE = true;

	/** What a workshop stored before these facts were recorded is known to offer. */
	public static final Offering UNKNOWN = new Offering(List.of(), null, null);

	/** The most organisers one workshop can sensibly name. */
	static final int MAX_ORGANISERS = 10;

	/** Long enough for "Norsk kulturskoleråd, fylkesavdeling Vestland" and then some. */
	static final int MAX_ORGANISER_LENGTH = 100;

	static final int MAX_TARGET_GROUP_LENGTH = 1000;

	public Offering {
		organisers = (organisers != null) ? List.copyOf(organisers) : List.of();
	}

	/**
	 * The offering a checked plan asks for, with the programme's defaults for what it
	 * leaves out: its two organisers, and free.
	 */
	static Offering of(WorkshopPlan plan) {
		List<String> organisers = (plan.organisers() != null) ? plan.organisers().stream().map(String::strip).toList()
				: DEFAULT_ORGANISERS;
		String targetGroup = SchedulingRules.blankToNull(plan.targetGroup());
		boolean free = (plan.free() != null) ? plan.free() : DEFAULT_FREE;
		return new Offering(organisers, targetGroup, free);
	}

}
