package no.ks.kulturskole.support.privacy;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import no.ks.kulturskole.support.deadletter.DeadLetterPublisher;
import no.ks.kulturskole.support.messaging.InboundEvents;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Crypto-shredding of personal data, by the role a service plays
 * ({@code platform.privacy.personal-data}):
 * <ul>
 * <li>{@code owner} (registration-service): issues the data keys and seals every event's
 * personal fields on its way into the outbox;</li>
 * <li>{@code reader} (notification-service, reporting-service): keeps a copy of the keys
 * from {@code privacy.keys} (binding {@code privacyKeys-in-0}) and opens the personal
 * fields of every event it reads;</li>
 * <li>unset (workshop-service): reads events as published, personal fields sealed.</li>
 * </ul>
 */
@AutoConfiguration(after = no.ks.kulturskole.support.config.PlatformSupportAutoConfiguration.class)
@ConditionalOnProperty(prefix = "platform.privacy", name = "personal-data")
public class PrivacyAutoConfiguration {

	@Bean
	DataKeys dataKeys(MongoTemplate mongo, OutboxEntries outboxEntries) {
		return new DataKeys(mongo, outboxEntries);
	}

	@Bean
	PersonalDataSeals personalDataSeals(JsonMapper json, DataKeys keys) {
		return new PersonalDataSeals(json, keys);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(prefix = "platform.privacy", name = "personal-data", havingValue = "owner")
	static class Owner {

		Owner(OutboxEntries outboxEntries, PersonalDataSeals seals) {
			outboxEntries.transformBeforeStoring(seals::seal);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(prefix = "platform.privacy", name = "personal-data", havingValue = "reader")
	static class Reader {

		Reader(InboundEvents inboundEvents, PersonalDataSeals seals) {
			inboundEvents.openPersonalDataWith(seals);
		}

		@Bean
		ErasureReceipts erasureReceipts(MongoTemplate mongo, OutboxEntries outboxEntries,
				@Value("${spring.application.name}") String service, ObjectProvider<Clock> clock) {
			return new ErasureReceipts(mongo, outboxEntries, service, clock.getIfAvailable(Clock::systemUTC));
		}

		/**
		 * Binding {@code privacyKeys-in-0}, in batch mode: see {@link DataKeysConsumer}.
		 */
		@Bean
		Consumer<Message<List<byte[]>>> privacyKeys(InboundEvents inboundEvents, DataKeys keys,
				List<PersonalDataEraser> erasers, ErasureReceipts receipts, DeadLetterPublisher deadLetters,
				@Value("${spring.cloud.stream.bindings.privacyKeys-in-0.group}") String group) {
			return new DataKeysConsumer(inboundEvents, keys, erasers, receipts,
					(record, ex) -> deadLetters.send(record, group, ex));
		}

	}

}
