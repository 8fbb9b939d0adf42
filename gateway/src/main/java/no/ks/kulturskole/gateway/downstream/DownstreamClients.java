package no.ks.kulturskole.gateway.downstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import no.ks.kulturskole.gateway.correlation.CorrelationIdFilter;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.MDC;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.support.HttpRequestWrapper;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Clients for the gateway's own server-side calls to the services (the web pages), as
 * opposed to the proxied API routes. Each call carries the request's correlation id, so
 * one form submit can be followed through every service's logs, and, for a signed-in
 * staff member, a token made for that service ({@link CallerCredentials}).
 */
public class DownstreamClients {

	private final RestClient workshop;

	private final RestClient registration;

	private final RestClient reporting;

	private final RestClient notification;

	/**
	 * @param observations makes every call a client span of the page request's trace and
	 * sends its {@code traceparent}, so a form posted to the gateway is one trace with
	 * what the service does with it
	 */
	public DownstreamClients(DownstreamInstances services, CallerCredentials credentials, Duration connectTimeout,
			Duration readTimeout, ObservationRegistry observations) {
		this(services, credentials, connectTimeout, readTimeout,
				RestClient.builder().observationRegistry(observations));
	}

	/**
	 * @param builder Boot's {@code RestClient.Builder} in the application (issue 18): it
	 * comes with the observation registry and the customizers Boot applies, so the calls'
	 * metrics ({@code http.client.requests}) and traces come along; each service gets a
	 * copy of it
	 */
	public DownstreamClients(DownstreamInstances services, CallerCredentials credentials, Duration connectTimeout,
			Duration readTimeout, RestClient.Builder builder) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(readTimeout);
		this.workshop = client(builder.clone(), services.of("workshop"), credentials, requests);
		this.registration = client(builder.clone(), services.of("registration"), credentials, requests);
		this.reporting = client(builder.clone(), services.of("reporting"), credentials, requests);
		this.notification = client(builder.clone(), services.of("notification"), credentials, requests);
	}

	/**
	 * A number a service leaves out (a field added later, or one it has no value for) is
	 * read as zero rather than failing the whole page: Jackson 3 refuses that by default.
	 */
	private static RestClient client(RestClient.Builder builder, ServiceInstances instances,
			CallerCredentials credentials, JdkClientHttpRequestFactory requests) {
		String service = DownstreamServices.serviceName(instances.shortName());
		return builder
			// the first instance's address; each call goes to the instance in turn
			// (below)
			.baseUrl(instances.all().getFirst().toString())
			.configureMessageConverters((converters) -> converters
				.withJsonConverter(new JacksonJsonHttpMessageConverter(JsonMapper.builder()
					.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
					// a field a newer service adds to a shared -api record
					// is no reason to fail the page (a tolerant reader)
					.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
					.build())))
			.requestFactory(requests)
			.requestInterceptor((request, body, execution) -> {
				String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
				if (correlationId != null) {
					request.getHeaders().set(CorrelationIdFilter.HEADER, correlationId);
				}
				// the page's visitor, for the services' per-client limits (as the proxy
				// does)
				if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes page) {
					request.getHeaders().set("X-Forwarded-For", page.getRequest().getRemoteAddr());
				}
				// a staff page calls as the staff member; a public page as nobody
				credentials.authorizationFor(service)
					.ifPresent((authorization) -> request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization));
				return execution.execute(request, body);
			})
			.requestInterceptor((request, body, execution) -> inTurn(instances, request, body, execution))
			.build();
	}

	/**
	 * Sends the call to the instance in turn, and to the next when one refuses the
	 * connection. The last interceptor: each {@code execute} makes a new request.
	 */
	private static ClientHttpResponse inTurn(ServiceInstances instances, HttpRequest request, byte[] body,
			ClientHttpRequestExecution execution) throws IOException {
		try {
			return instances.call((instance) -> execution.execute(new HttpRequestWrapper(request) {
				@Override
				public URI getURI() {
					return UriComponentsBuilder.fromUri(request.getURI())
						.scheme(instance.getScheme())
						.host(instance.getHost())
						.port(instance.getPort())
						.build(true)
						.toUri();
				}
			}, body));
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException(ex);
		}
	}

	/**
	 * A typed client of a service's HTTP contract ({@code workshop-api},
	 * {@code registration-api}, {@code reporting-api}; issue 18) on one of the clients
	 * above, so that it carries what every page call carries.
	 */
	public static <T> T typed(RestClient service, Class<T> contract) {
		return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(service)).build().createClient(contract);
	}

	public RestClient workshop() {
		return this.workshop;
	}

	public RestClient registration() {
		return this.registration;
	}

	public RestClient reporting() {
		return this.reporting;
	}

	public RestClient notification() {
		return this.notification;
	}

}
