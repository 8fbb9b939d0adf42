package no.ks.kulturskole.registration.problem;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies larger than any real registration before they are read: the public
 * endpoints are open to the internet, and a 50 MB "delegation" should cost nothing. The
 * largest honest body, a delegation of 200 with long role titles, is well under the
 * limit; bean validation caps lists and strings inside it.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

	static final long MAX_BYTES = 256 * 1024;

	private static final String PROBLEM = """
			{"type":"https://kulturskole.ks.no/problemer/payload-too-large","title":"Ugyldig forespørsel",\
			"status":413,"detail":"Forespørselen er for stor (høyst 256 KB).",\
			"errors":[{"field":"body","message":"Forespørselen er for stor (høyst 256 KB)."}]}""";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			refuse(response);
			return;
		}
		if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
			// chunked: no length announced, so read at most one byte more than allowed
			// and
			// hand the body on from memory (at most 256 KB)
			byte[] body = request.getInputStream().readNBytes((int) MAX_BYTES + 1);
			if (body.length > MAX_BYTES) {
				refuse(response);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(PROBLEM);
	}

	/** A request whose body was read already, within the limit. */
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

	}

}
