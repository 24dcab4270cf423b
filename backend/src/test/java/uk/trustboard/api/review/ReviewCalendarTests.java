package uk.trustboard.api.review;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewCalendarTests {

	@Test
	void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
		// 2-, 3- and 4-byte characters, so that some fold falls where a character would be cut
		String title = "Politique de révision — “Sécurité en ligne” 😀 ".repeat(8);
		var calendar = new ReviewCalendar("Trustboard reviews");
		calendar.add(ReviewSchedule.of("long", "trust", "school", ReviewTarget.SCHOOL_POLICY, "policy", "long", title, 12,
				LocalDate.parse("2026-09-01"), DueSource.DOCUMENT, new ReviewOwner("Headteacher", null, null), null, null),
				null, Instant.parse("2026-11-22T10:00:00Z"));

		String ics = calendar.end();

		List<String> lines = List.of(ics.split("\r\n"));
		assertThat(lines).allSatisfy(line -> {
			byte[] octets = line.getBytes(StandardCharsets.UTF_8);
			assertThat(octets.length).isLessThanOrEqualTo(75);
			assertThat(strictUtf8(octets)).isEqualTo(line);
		});
		assertThat(lines).filteredOn(line -> line.startsWith(" ")).hasSizeGreaterThan(3);
		assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Review due: " + title.replace(",", "\\,") + "\r\n");
	}

	@Test
	void textEscapesBackslashSemicolonCommaAndLineBreaksAndDropsOtherControls() {
		assertThat(ReviewCalendar.text("a,b;c\\d\r\ne\rf\ng\u0007h\ti"))
			.isEqualTo("a\\,b\\;c\\\\d\\ne\\nf\\ngh\ti");
	}

	private static String strictUtf8(byte[] octets) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(octets))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new AssertionError("A fold cut a character in two", ex);
		}
	}

}
