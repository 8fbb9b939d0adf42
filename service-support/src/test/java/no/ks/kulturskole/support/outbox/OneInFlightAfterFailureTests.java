package no.ks.kulturskole.support.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.messaging.Publication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneInFlightAfterFailureTests {

	private final List<OutboxEntry> entries = entries(6);

	private final List<String> documentOrder = this.entries.stream().map(OutboxEntry::eventId).toList();

	@Test
	void aHealthyBrokerGetsTheWholeChunkInOneSend() {
		FlakyBroker broker = new FlakyBroker();

		publishUntilDone(new OneInFlightAfterFailure(broker));

		assertThat(broker.callSizes()).containsExactly(6);
		assertThat(broker.firstCopies()).containsExactlyElementsOf(this.documentOrder);
	}

	@Test
	void afterAnOutageARecordThatFailsAgainIsNotOvertakenByTheRecordsBehindIt() {
		FlakyBroker broker = new FlakyBroker().downFor(1).failingOnce(this.documentOrder.get(2));

		publishUntilDone(new OneInFlightAfterFailure(broker));

		assertThat(broker.firstCopies()).containsExactlyElementsOf(this.documentOrder);
		// one at a time from the outage on: the third failed alone, nothing behind it was
		// sent
		assertThat(broker.callSizes()).containsExactly(6, 1, 1, 1, 1, 1, 1, 1);
	}

	@Test
	void theSameBrokerWithEveryRecordInFlightPutsALaterEventsFirstCopyInFront() {
		// what the fallback prevents: the flaky broker of the test above, sent to whole
		FlakyBroker broker = new FlakyBroker().downFor(1).failingOnce(this.documentOrder.get(2));

		publishUntilDone(broker);

		assertThat(broker.firstCopies()).containsExactly(this.documentOrder.get(0), this.documentOrder.get(1),
				this.documentOrder.get(3), this.documentOrder.get(4), this.documentOrder.get(5),
				this.documentOrder.get(2));
	}

	@Test
	void aChunkThatGoesThroughWholeEndsTheFallback() {
		FlakyBroker broker = new FlakyBroker().downFor(1);
		OneInFlightAfterFailure publisher = new OneInFlightAfterFailure(broker);

		publishUntilDone(publisher);
		assertThat(publisher.recovering()).isFalse();
		List<OutboxEntry> more = entries(3);
		assertThat(publisher.publishAll(more).acknowledged()).isEqualTo(3);

		assertThat(broker.callSizes()).containsExactly(6, 1, 1, 1, 1, 1, 1, 3);
	}

	@Test
	void aRecordRefusedForGoodWhileRecoveringIsReportedAsSuch() {
		EventPublisher refusing = (sent) -> sent.get(0).eventId().equals(this.documentOrder.get(1))
				? new Publication(0, true, "org.apache.kafka.common.errors.RecordTooLargeException")
				: (sent.size() > 1) ? new Publication(0, false, "org.apache.kafka.common.errors.TimeoutException")
						: Publication.all(1);
		OneInFlightAfterFailure publisher = new OneInFlightAfterFailure(refusing);
		assertThat(publisher.publishAll(this.entries).acknowledged()).isZero();

		Publication publication = publisher.publishAll(this.entries);

		assertThat(publication)
			.isEqualTo(new Publication(1, true, "org.apache.kafka.common.errors.RecordTooLargeException"));
	}

	/** As the relay does: again from the first entry not acknowledged. */
	private void publishUntilDone(EventPublisher publisher) {
		int next = 0;
		for (int round = 0; next < this.entries.size() && round < 20; round++) {
			next += publisher.publishAll(this.entries.subList(next, this.entries.size())).acknowledged();
		}
		assertThat(next).isEqualTo(this.entries.size());
	}

	private static List<OutboxEntry> entries(int count) {
		String workshopId = UUID.randomUUID().toString();
		List<OutboxEntry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			entries.add(new OutboxEntry(UUID.randomUUID().toString(), "workshop.events", workshopId,
					"WorkshopScheduled", 1, workshopId, Instant.now(), null, "{}", null));
		}
		return entries;
	}

}
