package no.ks.kulturskole.support.deadletter;

import no.ks.kulturskole.web.deadletter.DeadLetter;
import no.ks.kulturskole.web.deadletter.DeadLetterList;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dead letters of this service, for administrators: under {@code /api/platform/admin}
 * in every service alike, so the ADMIN role is required (see
 * {@code ServiceSecurityAutoConfiguration}). Its records are web-support's, which the
 * gateway's page reads.
 */
@RestController
@RequestMapping("/api/platform/admin/dead-letters")
public class DeadLetterController {

	private final DeadLetterAdmin admin;

	public DeadLetterController(DeadLetterAdmin admin) {
		this.admin = admin;
	}

	@GetMapping
	public DeadLetterList list() {
		return new DeadLetterList(this.admin.topics(), this.admin.list());
	}

	@PostMapping("/{topic}/{partition}/{offset}/redrive")
	public DeadLetter redrive(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
		return this.admin.redrive(topic, partition, offset);
	}

}
