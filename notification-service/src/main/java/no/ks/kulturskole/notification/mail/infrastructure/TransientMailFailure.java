package no.ks.kulturskole.notification.mail.infrastructure;

import java.util.function.Predicate;

import no.ks.kulturskole.notification.mail.application.MailTransportException;

/**
 * What the SMTP guards retry and count against the server: a failure that may pass (a
 * timeout, a refused connection), not a rejected address. Named in the
 * {@code resilience4j.*.instances.smtp} configuration, which builds it by its class name.
 */
public class TransientMailFailure implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		return failure instanceof MailTransportException mail && !mail.isPermanent();
	}

}
