package no.ks.kulturskole.workshop.workshop;

import java.util.List;

import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.ServiceSecurityContract;
import no.ks.kulturskole.testsupport.StaffEndpoints;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call workshop-service (cancel a workshop, read its meeting links): see
 * {@link ServiceSecurityContract}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkshopSecurityTests implements ServiceSecurityContract {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Override
	public int port() {
		return this.port;
	}

	@Override
	public ApplicationContext context() {
		return this.context;
	}

	@Override
	public String service() {
		return "workshop-service";
	}

	@Override
	public String readableStaffPath() {
		return "/api/workshops";
	}

	/**
	 * The contract walks every staff endpoint it finds; this names the copy (issue 17) so
	 * that a copy endpoint moved under /api/public, where the contract no longer looks,
	 * fails here.
	 */
	@Test
	void copyingAWorkshopIsAStaffEndpointRefusedToAnonymousCallersAndCallersWithoutTheRole() {
		StaffEndpoints.Endpoint copy = new StaffEndpoints.Endpoint("POST", "/api/workshops/ukjent-id/copy");

		assertThat(StaffEndpoints.of(this.context)).contains(copy);
		assertThat(copy.statusFor(this.port, null)).isEqualTo(401);
		assertThat(copy.statusFor(this.port, CallerTokens.bearer(CallerTokens.ISSUER, service(), List.of())))
			.isEqualTo(403);
		assertThat(copy.statusFor(this.port, CallerTokens.staff(service()))).isNotIn(401, 403);
	}

	/**
	 * The registration form's questions (issue 17) are written and read by staff only.
	 */
	@Test
	void theQuestionsOfAWorkshopAreStaffEndpointsRefusedToAnonymousCallersAndCallersWithoutTheRole() {
		for (StaffEndpoints.Endpoint questions : List.of(
				new StaffEndpoints.Endpoint("GET", "/api/workshops/ukjent-id/questions"),
				new StaffEndpoints.Endpoint("PUT", "/api/workshops/ukjent-id/questions"))) {
			assertThat(StaffEndpoints.of(this.context)).contains(questions);
			assertThat(questions.statusFor(this.port, null)).isEqualTo(401);
			assertThat(questions.statusFor(this.port, CallerTokens.bearer(CallerTokens.ISSUER, service(), List.of())))
				.isEqualTo(403);
			assertThat(questions.statusFor(this.port, CallerTokens.staff(service()))).isNotIn(401, 403);
		}
	}

	/**
	 * The calendar feed is public like the list of open workshops: a calendar program
	 * subscribes without logging in, and what it gets carries no meeting link.
	 */
	@Test
	void theCalendarFeedIsOpenToAnonymousCallers() throws Exception {
		java.net.http.HttpResponse<String> feed = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/public/workshops.ics"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
		assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
	}

}
