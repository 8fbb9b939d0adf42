package no.ks.kulturskole.gateway.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accounts that may sign in ({@code platform.security.users[n].username},
 * {@code .password-hash}, {@code .roles}). Passwords are only ever configured as BCrypt
 * hashes; a plain password is refused at startup rather than silently never matching.
 *
 * @param users the accounts; roles are written without the {@code ROLE_} prefix
 */
@ConfigurationProperties("platform.security")
public record StaffAccounts(List<Account> users) {

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

	public StaffAccounts {
		users = (users != null) ? List.copyOf(users) : List.of();
		Set<String> usernames = new HashSet<>();
		for (int i = 0; i < users.size(); i++) {
			Account account = users.get(i);
			// the position, not the username, goes into the message: usernames may be
			// names
			String where = "platform.security.users[" + i + "]";
			if (account.username() == null || account.username().isBlank()) {
				throw new IllegalArgumentException(where + ".username is missing");
			}
			if (account.passwordHash() == null || !BCRYPT.matcher(account.passwordHash()).matches()) {
				throw new IllegalArgumentException(where + ".password-hash must be a BCrypt hash");
			}
			if (!usernames.add(account.username())) {
				throw new IllegalArgumentException(where + ".username is used by an earlier account");
			}
		}
	}

	public record Account(String username, String passwordHash, List<String> roles) {

		public Account {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
		}

	}

}
