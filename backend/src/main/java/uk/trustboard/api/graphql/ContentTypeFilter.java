package uk.trustboard.api.graphql;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a POST in another content type than JSON with 415 and an error that says
 * what to send: Boot's GraphQL route would answer an empty 415.
 */
class ContentTypeFilter extends OncePerRequestFilter {


	private final JsonMapper json;

	ContentTypeFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod()) || accepted(request.getContentType())) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), Map.of("errors", List.of(Map.of("message",
				"Send the request with Content-Type: application/json", "extensions",
				Map.of("code", "UNSUPPORTED_MEDIA_TYPE", "classification", "BAD_REQUEST")))));
	}

	private static boolean accepted(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.includes(type);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
