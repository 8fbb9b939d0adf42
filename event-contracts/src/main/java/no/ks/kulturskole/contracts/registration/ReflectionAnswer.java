package no.ks.kulturskole.contracts.registration;

/** One reflection question and the group's answer to it. */
public record ReflectionAnswer(String question, String answer) {
}
