package no.ks.kulturskole.support.deadletter;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import no.ks.kulturskole.support.deadletter.ConsumerFailures.Failure;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.LostRace;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerFailuresTests {

	@Test
	void theDatabaseAwayOrSlowIsTransientAlsoWhenTheBinderWrappedIt() {
		assertThat(ConsumerFailures.classify(new DataAccessResourceFailureException("MongoDB away")))
			.isEqualTo(Failure.TRANSIENT);
		assertThat(ConsumerFailures.classify(new QueryTimeoutException("slow"))).isEqualTo(Failure.TRANSIENT);
		assertThat(ConsumerFailures.classify(new ListenerExecutionFailedException("listener failed",
				new MessagingException("handler failed", new MongoTimeoutException("no server")))))
			.isEqualTo(Failure.TRANSIENT);
		assertThat(
				ConsumerFailures.classify(new MongoSocketReadException("reset", new ServerAddress("localhost", 27017))))
			.isEqualTo(Failure.TRANSIENT);
	}

	@Test
	void aRaceLostToAnotherWriterIsTransient() {
		assertThat(ConsumerFailures.classify(new LostRace("workshopId", "registration-busy", "Prøv igjen.")))
			.isEqualTo(Failure.TRANSIENT);
		assertThat(ConsumerFailures.classify(new OptimisticLockingFailureException("version moved")))
			.isEqualTo(Failure.TRANSIENT);
	}

	@Test
	void aRecordThatWaitsForAnotherIsTransient() {
		assertThat(ConsumerFailures.classify(new RetryLater("delegation d-1 not known yet")))
			.isEqualTo(Failure.TRANSIENT);
	}

	@Test
	void anUnreadablePayloadABrokenRuleOrAnUnforeseenFailureIsPoison() {
		assertThat(ConsumerFailures.classify(new tools.jackson.core.exc.StreamReadException(null, "cut off")))
			.isEqualTo(Failure.POISON);
		assertThat(ConsumerFailures.classify(new ConflictingState("status", "workshop-over", "Avlyst.")))
			.isEqualTo(Failure.POISON);
		assertThat(ConsumerFailures.classify(new IllegalArgumentException("unknown session")))
			.isEqualTo(Failure.POISON);
		assertThat(ConsumerFailures.classify(new DuplicateKeyException("the same twice"))).isEqualTo(Failure.POISON);
		assertThat(ConsumerFailures.classify(new NullPointerException())).isEqualTo(Failure.POISON);
	}

}
