package no.ks.kulturskole.gateway.staff;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import no.ks.kulturskole.gateway.downstream.DownstreamProblems;
import no.ks.kulturskole.web.Problem;

import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;

/**
 * What a staff form's call to a service came to: done, or refused with the service's
 * problem document (a {@code 4xx}), for the page's error summary. A service that fails
 * ({@code 5xx}) or is away throws, as before, to the error page.
 *
 * @param location where the service says a created resource is (its {@code Location}),
 * {@code null} when it named none
 */
record Outcome(int status, Problem problem, URI location) {

	Outcome(int status, Problem problem) {
		this(status, problem, null);
	}

	/**
	 * Calls a service through its typed client ({@code workshop-api},
	 * {@code registration-api}). A form value the gateway cannot even put in the request
	 * ({@link FormValues.Unreadable}) is refused here the way the service would refuse
	 * it, naming the field, and nothing is sent.
	 */
	static Outcome of(Supplier<? extends ResponseEntity<?>> call) {
		try {
			ResponseEntity<?> answer = call.get();
			return new Outcome(answer.getStatusCode().value(), null, answer.getHeaders().getLocation());
		}
		catch (FormValues.Unreadable ex) {
			return new Outcome(400, Problem.ofField(ex.field(), ex.getMessage()));
		}
		catch (HttpClientErrorException ex) {
			return new Outcome(ex.getStatusCode().value(), DownstreamProblems.of(ex));
		}
	}

	boolean ok() {
		return this.problem == null;
	}

	/** Every message of a refusal, for the page's error summary. */
	List<String> messages() {
		if (this.problem == null) {
			return List.of();
		}
		if (!this.problem.errors().isEmpty()) {
			return this.problem.errors().stream().map(Problem.FieldProblem::message).toList();
		}
		return List.of((this.problem.detail() != null) ? this.problem.detail() : "Endringen ble ikke tatt imot.");
	}

}
