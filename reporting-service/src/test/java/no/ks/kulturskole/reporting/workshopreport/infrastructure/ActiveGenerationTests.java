package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus.State;
import no.ks.kulturskole.support.deadletter.RetryLater;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two reporting instances on one database, as in production: the one that rebuilds
 * switches the generation, and the other one's live batches follow the pointer, never
 * writing the old generation after the switch began; both tell the same rebuild status.
 */
class ActiveGenerationTests {

	private MongoClient client;

	private MongoTemplate mongo;

	private ActiveGeneration rebuilding;

	private ActiveGeneration other;

	@BeforeEach
	void twoInstancesOnOneDatabase() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		this.mongo = new MongoTemplate(this.client, "generations-" + UUID.randomUUID());
		this.rebuilding = new ActiveGeneration(this.mongo);
		this.other = new ActiveGeneration(this.mongo);
	}

	@AfterEach
	void close() {
		this.mongo.getDb().drop();
		this.client.close();
	}

	@Test
	void whileOneInstanceSwitchesTheOthersLiveBatchesWaitAndThenWriteTheNewGeneration() {
		List<String> written = new ArrayList<>();
		this.other.applyLive(() -> written.add(this.other.workshopReports()));

		this.rebuilding.beginSwitch("g1");
		assertThatThrownBy(() -> this.other.applyLive(() -> written.add(this.other.workshopReports())))
			.isInstanceOf(RetryLater.class);
		this.rebuilding.switchTo("g1");
		this.other.applyLive(() -> written.add(this.other.workshopReports()));

		assertThat(written).containsExactly("workshop_reports", "workshop_reports_g1");
	}

	@Test
	void anotherInstanceTellsTheSwitchedGenerationAtOnceWhereItsQueriesMayReadThePreviousAMomentLonger() {
		assertThat(this.other.generation()).isEmpty(); // read, and remembered for a
														// moment

		this.rebuilding.beginSwitch("g2");
		this.rebuilding.switchTo("g2");

		assertThat(this.other.generationNow()).isEqualTo("g2");
		assertThat(this.rebuilding.generation()).isEqualTo("g2");
	}

	@Test
	void aBatchDuringWhichTheSwitchBeganComesAgainInsteadOfBeingCommitted() {
		List<String> written = new ArrayList<>();

		assertThatThrownBy(() -> this.other.applyLive(() -> {
			written.add(this.other.workshopReports());
			this.rebuilding.beginSwitch("g1");
			// the batch keeps the generation it started with, all of it
			written.add(this.other.pilotApplications());
		})).isInstanceOf(RetryLater.class);
		this.rebuilding.switchTo("g1");

		assertThat(written).containsExactly("workshop_reports", "pilot_applications");
	}

	@Test
	void anAbandonedSwitchLetsTheLiveBatchesGoOnInTheGenerationTheyHad() {
		this.rebuilding.beginSwitch("g1");
		this.rebuilding.abandonSwitch();

		List<String> written = new ArrayList<>();
		this.other.applyLive(() -> written.add(this.other.workshopReports()));
		assertThat(written).containsExactly("workshop_reports");
	}

	@Test
	void onlyOneInstanceRebuildsAtATimeAndEveryInstanceTellsTheSameStatus() {
		SharedRebuildStatus first = new SharedRebuildStatus(this.mongo);
		SharedRebuildStatus second = new SharedRebuildStatus(this.mongo);
		RebuildStatus running = new RebuildStatus(State.RUNNING, "", "g1", 0, Instant.parse("2026-12-07T12:00:00Z"),
				null, null, null);

		assertThat(first.claim(running)).isTrue();
		assertThat(second.claim(running)).as("a second rebuild while the first runs").isFalse();
		assertThat(second.load()).hasValueSatisfying((status) -> {
			assertThat(status.state()).isEqualTo(State.RUNNING);
			assertThat(status.generation()).isEqualTo("g1");
		});

		first.save(new RebuildStatus(State.DONE, "g1", "g1", 42, running.startedAt(),
				Instant.parse("2026-12-07T12:01:00Z"), 0.7, null));
		assertThat(second.load()).hasValueSatisfying((status) -> {
			assertThat(status.state()).isEqualTo(State.DONE);
			assertThat(status.eventsApplied()).isEqualTo(42);
			assertThat(status.finishedAt()).isEqualTo(Instant.parse("2026-12-07T12:01:00Z"));
		});
		assertThat(second.claim(new RebuildStatus(State.RUNNING, "g1", "g2", 0, Instant.now(), null, null, null)))
			.as("the next rebuild, once the first is done")
			.isTrue();
	}

}
