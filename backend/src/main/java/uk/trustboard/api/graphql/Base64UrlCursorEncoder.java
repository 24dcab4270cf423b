package uk.trustboard.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.graphql.data.pagination.CursorEncoder;

/** URL-safe Base64, so cursors can travel in query strings; a bad encoding is a bad request. */
class Base64UrlCursorEncoder implements CursorEncoder {

	@Override
	public String encode(String cursor) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String decode(String cursor) {
		try {
			return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException("not Base64");
		}
	}

}
