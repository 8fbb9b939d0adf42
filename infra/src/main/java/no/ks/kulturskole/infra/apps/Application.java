package no.ks.kulturskole.infra.apps;

import java.util.Optional;

/**
 * The five applications of the platform, in the order they are started. The gateway comes
 * last: it is the only one a person talks to, so when it answers everything behind it is
 * already there.
 */
public enum Application {

	WORKSHOP("workshop-service", "workshop", "workshop"),

	REGISTRATION("registration-service", "registration", "registration"),

	NOTIFICATION("notification-service", "notification", "notification"),

	REPORTING("reporting-service", "reporting", "reporting"),

	GATEWAY("gateway", "gateway", null);

	private final String module;

	private final String shortName;

	private final String database;

	Application(String module, String shortName, String database) {
		this.module = module;
		this.shortName = shortName;
		this.database = database;
	}

	/** Maven module, also the jar's name: {@code <module>/target/<module>.jar}. */
	public String module() {
		return this.module;
	}

	/** Name used in the log prefix, e.g. {@code [registration]}. */
	public String shortName() {
		return this.shortName;
	}

	/**
	 * The name of instance {@code instance} (from 0): the module's for the first,
	 * {@code registration-service-2} for the second.
	 */
	public String instanceName(int instance) {
		return this.module + suffix(instance);
	}

	/** The log prefix of instance {@code instance}: {@code registration-2}. */
	public String instanceShortName(int instance) {
		return this.shortName + suffix(instance);
	}

	private static String suffix(int instance) {
		return (instance == 0) ? "" : "-" + (instance + 1);
	}

	/** The MongoDB database the application owns; the gateway owns none. */
	public Optional<String> database() {
		return Optional.ofNullable(this.database);
	}

}
