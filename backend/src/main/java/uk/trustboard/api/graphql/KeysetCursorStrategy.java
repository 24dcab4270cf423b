package uk.trustboard.api.graphql;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;

/**
 * Cursors that carry only the keyset's own scalar values, as {@code key=type:value} pairs.
 * Spring for GraphQL's default keyset cursor is JSON with polymorphic typing, which 2.0.4 decodes
 * unsafely (CVE-2026-59285 and related); this format cannot name a class, and anything else is
 * refused as an {@link InvalidCursorException}.
 */
class KeysetCursorStrategy implements CursorStrategy<ScrollPosition> {

	private static final String VERSION = "k1";

	private static final int MAX_LENGTH = 1024;

	@Override
	public boolean supports(Class<?> targetType) {
		return ScrollPosition.class.isAssignableFrom(targetType);
	}

	@Override
	public String toCursor(ScrollPosition position) {
		if (!(position instanceof KeysetScrollPosition keyset)) {
			throw new IllegalArgumentException("Only keyset positions are used: " + position);
		}
		var cursor = new StringBuilder(VERSION);
		keyset.getKeys().forEach((key, value) -> cursor.append('&').append(encode(key)).append('=').append(typed(value)));
		return cursor.toString();
	}

	@Override
	public ScrollPosition fromCursor(String cursor) {
		if (cursor.length() > MAX_LENGTH) {
			throw new InvalidCursorException("too long");
		}
		String[] parts = cursor.split("&", -1);
		if (!VERSION.equals(parts[0]) || parts.length < 2) {
			throw new InvalidCursorException("unknown format");
		}
		Map<String, Object> keys = new LinkedHashMap<>();
		for (int i = 1; i < parts.length; i++) {
			int eq = parts[i].indexOf('=');
			if (eq <= 0) {
				throw new InvalidCursorException("malformed key");
			}
			String key = decode(parts[i].substring(0, eq));
			if (keys.put(key, untyped(parts[i].substring(eq + 1))) != null) {
				throw new InvalidCursorException("repeated key");
			}
		}
		return ScrollPosition.forward(keys);
	}

	private static String typed(Object value) {
		return switch (value) {
			case String text -> "s:" + encode(text);
			case Integer number -> "i:" + number;
			case Long number -> "l:" + number;
			case LocalDate date -> "d:" + date;
			case Instant instant -> "t:" + instant;
			case null -> throw new IllegalArgumentException("Keyset values must not be null");
			default -> throw new IllegalArgumentException("Unsupported keyset value type " + value.getClass());
		};
	}

	private static Object untyped(String text) {
		if (text.length() < 2 || text.charAt(1) != ':') {
			throw new InvalidCursorException("malformed value");
		}
		String value = text.substring(2);
		try {
			return switch (text.charAt(0)) {
				case 's' -> decode(value);
				case 'i' -> Integer.parseInt(value);
				case 'l' -> Long.parseLong(value);
				case 'd' -> LocalDate.parse(value);
				case 't' -> Instant.parse(value);
				default -> throw new InvalidCursorException("unknown value type");
			};
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw new InvalidCursorException("malformed value");
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException("malformed text");
		}
	}

}
