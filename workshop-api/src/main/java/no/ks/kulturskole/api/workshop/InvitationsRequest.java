package no.ks.kulturskole.api.workshop;

import java.util.List;

/**
 * Who may register for a workshop (issue 17). The list's size and numbers are checked by
 * workshop-service's rules; a missing scope is refused by name.
 */
public record InvitationsRequest(InvitationScope scope, List<String> organisationNumbers) {
}
