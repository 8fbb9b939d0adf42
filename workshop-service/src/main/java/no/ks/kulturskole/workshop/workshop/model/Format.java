package no.ks.kulturskole.workshop.workshop.model;

/**
 * Where a workshop takes place. Sealed so that an online workshop cannot carry a venue
 * address and a venue workshop cannot carry a meeting link by accident.
 */
public sealed interface Format permits Format.Online, Format.Venue {

	FormatKind kind();

	/**
	 * @param meetingUrl the link for every session that has no link of its own; may be
	 * {@code null} when each session has one
	 */
	record Online(String meetingUrl) implements Format {

		@Override
		public FormatKind kind() {
			return FormatKind.ONLINE;
		}

	}

	/**
	 * @param address street address (or a description people can find) of the venue
	 */
	record Venue(String address) implements Format {

		@Override
		public FormatKind kind() {
			return FormatKind.VENUE;
		}

	}

}
