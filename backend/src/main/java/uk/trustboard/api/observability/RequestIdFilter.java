package uk.trustboard.api.observability;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, taken from the {@code X-Request-Id} header a load balancer or the
 * front end sends, or a new one. It goes into the logging context (so every log line of the
 * request thread carries it as {@code requestId}), back
 * in the response header, and into one access log line per request, written when the response
 * is complete. It runs before security, so a refused request has an id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Logger access = LoggerFactory.getLogger("trustboard.access");

	/** A caller's id is kept only if it cannot forge log structure or grow without bound. */
	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = (given != null && SAFE_ID.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		long start = System.nanoTime();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(new LogWhenComplete(id, request, response, start));
			}
			else {
				log(request, response, start);
			}
			MDC.remove(MDC_KEY);
		}
	}

	private static void log(HttpServletRequest request, HttpServletResponse response, long start) {
		if (!request.getRequestURI().startsWith("/actuator/")) {
			access.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	/** GraphQL answers asynchronously: the status and time are known only at the end. */
	private record LogWhenComplete(String id, HttpServletRequest request, HttpServletResponse response,
			long start) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			MDC.put(MDC_KEY, this.id);
			try {
				log(this.request, this.response, this.start);
			}
			finally {
				MDC.remove(MDC_KEY);
			}
		}

		@Override
		public void onTimeout(AsyncEvent event) {
		}

		@Override
		public void onError(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

	}

}
