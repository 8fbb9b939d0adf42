package no.ks.kulturskole.registration.privacy.infrastructure;

import java.util.function.Consumer;

import no.ks.kulturskole.contracts.erasure.ErasureCompleted;
import no.ks.kulturskole.contracts.erasure.ErasureEvent;
import no.ks.kulturskole.registration.privacy.application.Erasures;
import no.ks.kulturskole.support.messaging.InboundEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code erasureReceipts-in-0}: {@code erasure.notification-service} and
 * {@code erasure.reporting-service}, consumer group {@code registration-service}. One
 * exhaustive {@code switch} over the topic's sealed type. No dedup needed beyond
 * {@link Erasures}' own: a receipt only ever sets "this service erased", which a
 * redelivery sets again.
 */
@Configuration(proxyBeanMethods = false)
class ErasureReceiptsConsumer {

	@Bean
	Consumer<Message<byte[]>> erasureReceipts(InboundEvents inboundEvents, Erasures erasures) {
		return (message) -> inboundEvents.handle(message, ErasureEvent.class, (event) -> {
			switch (event) {
				case ErasureCompleted completed -> erasures.on(completed);
			}
		});
	}

}
