package no.ks.kulturskole.infra;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.infra.apps.Application;
import no.ks.kulturskole.infra.demo.DemoWorkshop;

/** What a person needs once the platform is ready: where everything is. */
final class Banner {

	private static final String RULE = "=".repeat(100);

	private Banner() {
	}

	static String render(PlatformSettings settings, Duration startup) {
		String gateway = settings.urlOf(Application.GATEWAY);
		StringBuilder banner = new StringBuilder().append('\n').append(RULE).append('\n');
		banner.append(String.format(Locale.ROOT,
				"  Fremtidens kulturskole – local platform ready in %.1f s. Ctrl-C stops everything.%n%n",
				startup.toMillis() / 1000.0));
		if (settings.startApplications()) {
			line(banner, "Web pages", gateway + "/   (nynorsk ?sprak=nn, English ?sprak=en)");
			line(banner, "Staff dashboard", gateway + "/stab   (local profile only: " + DemoWorkshop.STAFF_USER + " / "
					+ DemoWorkshop.STAFF_PASSWORD + "; administrator admin / kulturskole-admin)");
			line(banner, "API documents", gateway + "/docs/swagger-ui.html   (all four services)");
			line(banner, "Public API", gateway + "/api/public/workshops");
			line(banner, "", gateway + "/api/public/municipalities");
			line(banner, "Staff API", "curl -u " + DemoWorkshop.STAFF_USER + ":" + DemoWorkshop.STAFF_PASSWORD + " "
					+ gateway + "/api/workshops");
		}
		line(banner, "Mail viewer", settings.mailViewerUrl() + "   (JSON: " + settings.mailViewerUrl()
				+ "/api/messages; SMTP " + PlatformSettings.HOST + ":" + settings.ports().smtp() + ")");
		banner.append('\n');
		if (settings.startApplications()) {
			banner.append(String.format("  %-22s %-46s %s%n", "Application", "Health", "OpenAPI"));
			for (Application application : Application.values()) {
				List<String> urls = settings.urlsOf(application);
				for (int instance = 0; instance < urls.size(); instance++) {
					String url = urls.get(instance);
					banner.append(String.format("  %-22s %-46s %s%n", application.instanceName(instance),
							url + "/actuator/health", (application == Application.GATEWAY)
									? url + "/docs/<service>/v3/api-docs" : url + "/v3/api-docs"));
				}
			}
		}
		else {
			banner.append("  Applications not started (--no-apps).\n");
		}
		banner.append('\n');
		if (settings.instances() > 1 || settings.brokers() > 1) {
			line(banner, "Topology", settings.instances() + " instance(s) of each service, " + settings.brokers()
					+ " Kafka broker(s), replication factor " + settings.replicationFactor() + ", min.insync.replicas "
					+ settings.minInsyncReplicas() + "; pids and ports in " + ProcessList.FILE);
		}
		line(banner, "Kafka bootstrap",
				settings.kafkaBootstrap() + "   (topics " + String.join(", ", Topics.DOMAIN_TOPICS) + ")");
		line(banner, "MongoDB", settings.mongoUri() + "   (databases workshop, registration, notification, reporting)");
		line(banner, "Data folder", settings.dataDir().toString());
		return banner.append(RULE).append('\n').toString();
	}

	private static void line(StringBuilder banner, String label, String value) {
		banner.append(String.format("  %-22s %s%n", label, value));
	}

}
