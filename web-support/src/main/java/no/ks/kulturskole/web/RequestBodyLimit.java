package no.ks.kulturskole.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than any honest one before anything reads it, also when
 * it comes without a length (chunked): Tomcat limits form posts, not JSON, and a 50 MB
 * "delegation" should cost nothing. A body with a length over the limit is refused
 * unread; one without a length is read up to one byte past the limit and, when within it,
 * handed on from memory with its length (so at most the limit is held per request). Over
 * the limit: 413 {@code application/problem+json} naming {@code body}, and the
 * application sees nothing. Every service gets it from service-support
 * ({@code platform.http.max-request-body}, 256 KB) and the gateway registers it before
 * its proxy and forms ({@code platform.gateway.max-request-body}); the largest honest
 * body, a delegation of 30 with long role titles, is far below it.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final String problem;

	public RequestBodyLimit(long maxBytes) {
		if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 1) {
			throw new IllegalArgumentException("A body limit between 1 byte and 2 GB, not " + maxBytes);
		}
		this.maxBytes = maxBytes;
		String message = "Forespørselen er for stor (høyst " + (maxBytes / 1024) + " KB).";
		this.problem = "{\"type\":\"https://kulturskole.ks.no/problemer/payload-too-large\",\"title\":\"Ugyldig "
				+ "forespørsel\",\"status\":413,\"detail\":\"" + message + "\",\"errors\":[{\"field\":\"body\","
				+ "\"message\":\"" + message + "\"}]}";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			refuse(response);
			return;
		}
		if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
			byte[] body = request.getInputStream().readNBytes((int) this.maxBytes + 1);
			if (body.length > this.maxBytes) {
				refuse(response);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// the rest of the body is not read: the connection closes rather than drain it
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.getWriter().write(this.problem);
	}

	/**
	 * A request whose body was read already, within the limit: it now has a length and is
	 * no longer chunked, so whatever passes it on (a proxy) sends it as such.
	 */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("read from memory");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public String getHeader(String name) {
			if (HttpHeaders.TRANSFER_ENCODING.equalsIgnoreCase(name)) {
				return null;
			}
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return String.valueOf(this.body.length);
			}
			return super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			String value = getHeader(name);
			if (HttpHeaders.TRANSFER_ENCODING.equalsIgnoreCase(name)
					|| HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return Collections.enumeration((value != null) ? List.of(value) : List.of());
			}
			return super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames())
				.stream()
				.filter(name -> !HttpHeaders.TRANSFER_ENCODING.equalsIgnoreCase(name)
						&& !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name))
				.collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
			names.add(HttpHeaders.CONTENT_LENGTH);
			return Collections.enumeration(names);
		}

	}

}
