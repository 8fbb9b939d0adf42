package no.ks.kulturskole.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

import no.ks.kulturskole.gateway.correlation.CorrelationIdFilter;
import no.ks.kulturskole.gateway.downstream.CallerCredentials;
import no.ks.kulturskole.gateway.downstream.DownstreamInstances;
import no.ks.kulturskole.gateway.downstream.DownstreamServices;
import no.ks.kulturskole.gateway.downstream.ServiceInstances;

import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
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

	/** Answers copied as they come: a live stream never ends. */
	private static final List<MediaType> STREAMED = List.of(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_NDJSON);

	@Bean
	RouterFunction<ServerResponse> gatewayRoutes(DownstreamInstances services, CallerCredentials credentials) {
		Routes routes = new Routes(credentials);
		// a workshop's registrations belong to registration-service: this route must come
		// before the public workshop route, which would match them too
		return routes
			.proxy("registration-public", services.of("registration"), "/api/public/workshops/*/registrations/**",
					"/api/public/workshops/*/manage-link-requests/**", "/api/public/municipalities/**",
					"/api/public/county-authorities/**", "/api/public/registrations/**",
					"/api/public/pilot-applications/**", "/api/public/certificates/**", "/api/public/evaluations/**")
			// the calendar feed sits beside the workshops, not under them (issue 17)
			.and(routes.proxy("workshop-public", services.of("workshop"), "/api/public/workshops/**",
					"/api/public/workshops.ics"))
			// staff's messages to a workshop's registrants are notification-service's
			// (issue
			// 16): before the workshop-service route, which would match them too
			.and(routes.proxy("notification-messages", services.of("notification"), "/api/workshops/*/messages/**"))
			// attendance is registration-service's, which owns the participants it names
			// (issue 16): before the workshop-service route as well
			.and(routes.proxy("registration-attendance", services.of("registration"),
					"/api/workshops/*/sessions/*/attendance/**"))
			// so are the evaluation's questions and results (issue 16): it owns the
			// attendees the links go to
			.and(routes.proxy("registration-evaluation", services.of("registration"), "/api/workshops/*/evaluation/**"))
			.and(routes.proxy("workshop-staff", services.of("workshop"), "/api/workshops/**"))
			.and(routes.proxy("registration-staff", services.of("registration"), "/api/registrations/**",
					"/api/pilot-applications/**", "/api/certificates/**"))
			// erasure of personal data (issue 14): registration-service owns the data
			.and(routes.proxy("registration-privacy", services.of("registration"), "/api/privacy/**"))
			.and(routes.proxy("notification-staff", services.of("notification"), "/api/notifications/**"))
			// the reports' live stream is the gateway's own: the merged stream of every
			// reporting instance (live.LiveUpdates); proxied it would be one instance's
			.and(routes.proxy("reporting-staff", services.of("reporting"),
					path("/api/reports/**").and(path("/api/reports/stream").negate())))
			.and(apiDocs(services, routes));
	}

	/** {@code /docs/<service>/v3/api-docs} shows each service's OpenAPI document. */
	private static RouterFunction<ServerResponse> apiDocs(DownstreamInstances services, Routes routes) {
		return services.byName()
			.entrySet()
			.stream()
			.map((service) -> routes
				.forward("api-docs-" + service.getKey(), service.getValue(),
						"/docs/" + service.getKey() + "/v3/api-docs")
				.before(setPath("/v3/api-docs"))
				.build())
			.reduce(RouterFunction::and)
			.orElseThrow();
	}

	/**
	 * The proxy to the instance in turn, and to the next when one refuses the connection
	 * ({@link ServiceInstances}): where the request goes is set for each try.
	 */
	private static HandlerFunction<ServerResponse> inTurn(ServiceInstances instances) {
		HandlerFunction<ServerResponse> proxy = http();
		return (request) -> instances.call((instance) -> {
			MvcUtils.setRequestUrl(request, instance);
			return proxy.handle(request);
		});
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
	 * Reads the service's whole answer before the gateway answers (live streams aside),
	 * and answers 502 when it breaks off. The proxy would otherwise send the service's
	 * status and headers first and copy the body after: a service killed between its
	 * headers and its body could then reach a coordinator as a 201 without the receipt
	 * (the fault suite, which SIGKILLs every instance during registrations, saw such a
	 * 201 twice). The services' answers through these routes are small JSON documents and
	 * exports.
	 */
	private static ServerResponse withTheWholeAnswer(String routeId, ServerRequest request, ServerResponse response) {
		InputStream body = MvcUtils.getAttribute(request, MvcUtils.CLIENT_RESPONSE_INPUT_STREAM_ATTR);
		MediaType type = response.headers().getContentType();
		if (body == null || (type != null && STREAMED.stream().anyMatch(type::isCompatibleWith))) {
			return response;
		}
		byte[] whole;
		try {
			whole = body.readAllBytes();
		}
		catch (IOException ex) {
			return ServiceUnavailable.cutOff(routeId, ex);
		}
		finally {
			ClientHttpResponse service = MvcUtils.getAttribute(request, MvcUtils.CLIENT_RESPONSE_ATTR);
			if (service != null) {
				service.close();
			}
		}
		// the service's answer as it came, written from memory (a new response: the
		// proxy's own reads the stream the handler's request holds, which a route's
		// filters may have copied)
		return ServerResponse.status(response.statusCode())
			.headers((headers) -> headers.addAll(response.headers()))
			.cookies((cookies) -> cookies.addAll(response.cookies()))
			.build((servletRequest, servletResponse) -> {
				servletResponse.getOutputStream().write(whole);
				return null;
			});
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

		RouterFunction<ServerResponse> proxy(String routeId, ServiceInstances service, String... paths) {
			return forward(routeId, service, paths).build();
		}

		RouterFunction<ServerResponse> proxy(String routeId, ServiceInstances service, RequestPredicate requests) {
			return forward(routeId, service, requests).build();
		}

		RouterFunctions.Builder forward(String routeId, ServiceInstances service, String... paths) {
			return forward(routeId, service, path(paths));
		}

		private RouterFunctions.Builder forward(String routeId, ServiceInstances service, RequestPredicate requests) {
			return route(routeId).route(requests, inTurn(service))
				.before(removeRequestHeader(HttpHeaders.AUTHORIZATION))
				.before(withTokenFor(this.credentials, service.shortName()))
				// the gateway already answers with the request's correlation id, and the
				// service
				// echoes the same one: without this the caller would get the header twice
				// the answer read whole last (after filters run in the reverse order of
				// their declaration): its response's headers are read-only
				.after((request, response) -> withTheWholeAnswer(routeId, request, response))
				.after(RouteConfiguration::withoutServicesCorrelationId)
				.onError(ResourceAccessException.class,
						(failure, request) -> ServiceUnavailable.answer(routeId, failure));
		}

	}

}
