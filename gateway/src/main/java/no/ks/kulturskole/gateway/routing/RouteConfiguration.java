package no.ks.kulturskole.gateway.routing;

import java.net.URI;
import java.util.function.Function;

import no.ks.kulturskole.gateway.correlation.CorrelationIdFilter;
import no.ks.kulturskole.gateway.downstream.CallerCredentials;
import no.ks.kulturskole.gateway.downstream.DownstreamServices;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

/**
 * Which service answers which path. The routes are tried in the order written here and
 * the first match wins, so the more specific paths come first.
 *
 * <p>
 * Who may call a path is decided by the security configuration, not here.
 */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

	@Bean
	RouterFunction<ServerResponse> gatewayRoutes(DownstreamServices services, CallerCredentials credentials) {
		Routes routes = new Routes(credentials);
		// a workshop's registrations belong to registration-service: this route must come
		// before the public workshop route, which would match them too
		return routes
			.proxy("registration-public", "registration", services.registration(),
					"/api/public/workshops/*/registrations/**", "/api/public/workshops/*/manage-link-requests/**",
					"/api/public/municipalities/**", "/api/public/county-authorities/**",
					"/api/public/registrations/**", "/api/public/pilot-applications/**")
			.and(routes.proxy("workshop-public", "workshop", services.workshop(), "/api/public/workshops/**"))
			.and(routes.proxy("workshop-staff", "workshop", services.workshop(), "/api/workshops/**"))
			.and(routes.proxy("registration-staff", "registration", services.registration(), "/api/registrations/**",
					"/api/pilot-applications/**"))
			.and(routes.proxy("notification-staff", "notification", services.notification(), "/api/notifications/**"))
			.and(routes.proxy("reporting-staff", "reporting", services.reporting(), "/api/reports/**"))
			.and(liveUpdates(services, credentials))
			.and(apiDocs(services, routes));
	}

	/**
	 * The dashboard's live updates: reporting's stream of server-sent events under a page
	 * path, so the staff member's login session (not HTTP Basic) lets the browser's
	 * EventSource in. The stream holds ids only. The proxy's read timeout ends a quiet
	 * stream now and then; EventSource reconnects by itself, and the page reloads its
	 * numbers on every new subscription, so nothing is missed.
	 */
	private static RouterFunction<ServerResponse> liveUpdates(DownstreamServices services,
			CallerCredentials credentials) {
		return route("reporting-live").GET("/stab/direkte", http())
			.before(uri(services.reporting()))
			.before(setPath("/api/reports/stream"))
			// the session cookie is the gateway's business only
			.before(removeRequestHeader(HttpHeaders.COOKIE))
			.before(withTokenFor(credentials, "reporting"))
			.after(RouteConfiguration::withoutServicesCorrelationId)
			.onError(ResourceAccessException.class,
					(failure, request) -> ServiceUnavailable.answer("reporting-live", failure))
			.build();
	}

	/** {@code /docs/<service>/v3/api-docs} shows each service's OpenAPI document. */
	private static RouterFunction<ServerResponse> apiDocs(DownstreamServices services, Routes routes) {
		return services.byName()
			.entrySet()
			.stream()
			.map((service) -> routes
				.forward("api-docs-" + service.getKey(), service.getKey(), service.getValue(),
						"/docs/" + service.getKey() + "/v3/api-docs")
				.before(setPath("/v3/api-docs"))
				.build())
			.reduce(RouterFunction::and)
			.orElseThrow();
	}

	/**
	 * Only the service's answer carries the header; the gateway's own answers (service
	 * away) have read-only headers without it.
	 */
	private static ServerResponse withoutServicesCorrelationId(ServerRequest request, ServerResponse response) {
		if (!response.headers().getOrEmpty(CorrelationIdFilter.HEADER).isEmpty()) {
			response.headers().remove(CorrelationIdFilter.HEADER);
		}
		return response;
	}

	/**
	 * The caller's own credentials (a staff password, the identity provider's token) stop
	 * at the gateway; what a service gets instead is a token the gateway made for that
	 * service alone, saying who the staff member is and which roles they have. Anonymous
	 * callers go on without one, and the service lets them reach its public paths only.
	 */
	private static Function<ServerRequest, ServerRequest> withTokenFor(CallerCredentials credentials,
			String shortName) {
		String service = DownstreamServices.serviceName(shortName);
		return (request) -> credentials.authorizationFor(service)
			.map((authorization) -> ServerRequest.from(request)
				.header(HttpHeaders.AUTHORIZATION, authorization)
				.build())
			.orElse(request);
	}

	private record Routes(CallerCredentials credentials) {

		RouterFunction<ServerResponse> proxy(String routeId, String shortName, URI service, String... paths) {
			return forward(routeId, shortName, service, paths).build();
		}

		RouterFunctions.Builder forward(String routeId, String shortName, URI service, String... paths) {
			return route(routeId).route(path(paths), http())
				.before(uri(service))
				.before(removeRequestHeader(HttpHeaders.AUTHORIZATION))
				.before(withTokenFor(this.credentials, shortName))
				// the gateway already answers with the request's correlation id, and the
				// service
				// echoes the same one: without this the caller would get the header twice
				.after(RouteConfiguration::withoutServicesCorrelationId)
				.onError(ResourceAccessException.class,
						(failure, request) -> ServiceUnavailable.answer(routeId, failure));
		}

	}

}
