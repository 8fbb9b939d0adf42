package no.ks.kulturskole.testsupport.archfixture.orders.infrastructure;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Breaks the rule: reads its records without the platform's InboundEvents. */
@Configuration(proxyBeanMethods = false)
class OrderEventsConsumer {

	@Bean
	Consumer<byte[]> orderEvents() {
		return (record) -> {
		};
	}

}
