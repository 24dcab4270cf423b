package uk.trustboard.api.graphql;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeysetCursorStrategyTests {

	private final KeysetCursorStrategy strategy = new KeysetCursorStrategy();

	@Test
	void keysRoundTripWithTheirTypes() {
		Map<String, Object> keys = new LinkedHashMap<>();
		keys.put("name", "Our Lady & St Rose = \"Lima\"");
		keys.put("due", LocalDate.of(2025, 9, 1));
		keys.put("count", 42);
		keys.put("big", 1L << 40);
		keys.put("at", java.time.Instant.parse("2026-11-22T09:30:00.123Z"));
		var position = (KeysetScrollPosition) this.strategy.fromCursor(this.strategy.toCursor(ScrollPosition.forward(keys)));
		assertThat(position.getKeys()).containsExactlyEntriesOf(keys);
		assertThat(position.scrollsForward()).isTrue();
	}

	@Test
	void cursorsThatWereNotIssuedAreRefused() {
		for (String forged : new String[] { "{\"@class\":\"java.net.URL\"}", "k2&id=s:x", "k1", "k1&id=x:1",
				"k1&id=i:notanumber", "k1&=s:x", "k1&id=s:a&id=s:b", "k1&id=d:2025-13-01", "k1&id=s:%zz",
				"k1&id=s:" + "a".repeat(2000) }) {
			assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> this.strategy.fromCursor(forged));
		}
	}

	@Test
	void base64IsCheckedToo() {
		var encoder = new Base64UrlCursorEncoder();
		assertThat(encoder.decode(encoder.encode("k1&id=s:x"))).isEqualTo("k1&id=s:x");
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> encoder.decode("not base64!"));
	}

}
