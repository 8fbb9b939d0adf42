package no.ks.kulturskole.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A tiny OpenID Connect provider on a real HTTP server: discovery document, signing keys,
 * an authorization endpoint that signs in whoever comes next without asking, a token
 * endpoint that hands out the ID token for the code it gave, and an end-session endpoint.
 * Tokens are signed with a key made for this run.
 */
final class FakeIssuer implements AutoCloseable {

	static final String CLIENT_ID = "kulturskole-gateway";

	private static final String KEY_ID = "test-key";

	private final HttpServer server;

	private final RSAKey key;

	private final NimbusJwtEncoder encoder;

	/** The extra claims (such as roles) of whoever signs in next. */
	private final AtomicReference<Map<String, Object>> nextPerson = new AtomicReference<>(Map.of());

	/** The ID token waiting for each code handed out. */
	private final Map<String, String> idTokens = new ConcurrentHashMap<>();

	private FakeIssuer(HttpServer server) {
		this.server = server;
		KeyPair pair = rsaKeyPair();
		this.key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(KEY_ID)
			.build();
		this.encoder = NimbusJwtEncoder.withKeyPair((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate())
			.jwkPostProcessor((jwk) -> jwk.keyID(KEY_ID))
			.build();
	}

	static FakeIssuer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FakeIssuer issuer = new FakeIssuer(server);
			server.createContext("/", issuer::answer);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return issuer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/realms/kulturskole";
	}

	/** The person who signs in next carries these claims (for example their roles). */
	void nextSignInHas(Map<String, Object> claims) {
		this.nextPerson.set(Map.copyOf(claims));
	}

	/** A token as the provider would issue it for an API, with these claims. */
	String accessToken(String audience, Map<String, Object> claims) {
		return sign(audience, claims);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		String realm = URI.create(issuer()).getPath();
		if (path.equals(realm + "/.well-known/openid-configuration")) {
			send(exchange, 200, "application/json", """
					{"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
					 "jwks_uri":"%1$s/jwks","end_session_endpoint":"%1$s/logout",
					 "response_types_supported":["code"],"subject_types_supported":["public"],
					 "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid"],
					 "token_endpoint_auth_methods_supported":["client_secret_basic"]}""".formatted(issuer()));
		}
		else if (path.equals(realm + "/jwks")) {
			send(exchange, 200, "application/json", new JWKSet(this.key.toPublicJWK()).toString());
		}
		else if (path.equals(realm + "/authorize")) {
			authorize(exchange);
		}
		else if (path.equals(realm + "/token")) {
			Map<String, String> form = parameters(
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			String idToken = this.idTokens.remove(form.getOrDefault("code", ""));
			if (idToken == null) {
				send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
			}
			else {
				send(exchange, 200, "application/json", """
						{"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid","id_token":"%s"}"""
					.formatted(UUID.randomUUID(), idToken));
			}
		}
		else {
			send(exchange, 404, "text/plain", "not found");
		}
	}

	/** Signs in the next person at once and sends the browser back with a code. */
	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
		Map<String, Object> claims = new HashMap<>(this.nextPerson.get());
		claims.put("nonce", query.get("nonce"));
		String code = UUID.randomUUID().toString();
		this.idTokens.put(code, sign(query.get("client_id"), claims));
		exchange.getResponseHeaders()
			.add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
					+ URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private String sign(String audience, Map<String, Object> claims) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder set = JwtClaimsSet.builder()
			.issuer(issuer())
			.subject("person-1")
			.audience(List.of(audience))
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofMinutes(5)));
		claims.forEach(set::claim);
		return this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY_ID).build(),
					set.build()))
			.getTokenValue();
	}

	private static Map<String, String> parameters(String encoded) {
		Map<String, String> parameters = new HashMap<>();
		if (encoded != null) {
			for (String pair : encoded.split("&")) {
				String[] parts = pair.split("=", 2);
				parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
						(parts.length > 1) ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
			}
		}
		return parameters;
	}

	private static KeyPair rsaKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
