package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;

/** A page keeps only items that still meet the query as read, each with its own position. */
class OverduePageAsReadTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

	private final ReviewQuery overdue = new ReviewQuery(AS_OF, "trust", null, false, null);

	@Test
	void anItemReviewedBetweenMatchAndReadIsDropped() {
		var window = Window.from(List.of(schedule("a", "2024-01-01"), schedule("b", "2027-11-01"),
				schedule("c", "2024-03-01")), i -> ScrollPosition.forward(Map.of("_id", "p" + i)), true);

		var page = ReviewScheduleRepository.asRead(window, this.overdue);

		assertThat(page.getContent()).extracting(ReviewSchedule::id).containsExactly("a", "c");
		assertThat(page.positionAt(0)).isEqualTo(ScrollPosition.forward(Map.of("_id", "p0")));
		assertThat(page.positionAt(1)).isEqualTo(ScrollPosition.forward(Map.of("_id", "p2")));
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void aPageThatStillMatchesIsReturnedAsItIs() {
		var window = Window.from(List.of(schedule("a", "2024-01-01")),
				i -> ScrollPosition.forward(Map.of("_id", "p" + i)), false);

		assertThat(ReviewScheduleRepository.asRead(window, this.overdue)).isSameAs(window);
	}

	@Test
	void dueSoonAndFiltersAreJudgedLikeTheDatabaseQuery() {
		var dueSoon = new ReviewQuery(AS_OF, "trust", List.of("school"), true, Instant.parse("2026-01-01T00:00:00Z"));

		assertThat(dueSoon.matches(schedule("a", "2026-12-01"))).as("inside its 60-day window").isTrue();
		assertThat(dueSoon.matches(schedule("a", "2027-03-01"))).as("outside its window").isFalse();
		assertThat(this.overdue.matches(schedule("a", "2026-11-22"))).as("due today is not overdue").isFalse();
		assertThat(new ReviewQuery(AS_OF, "trust", List.of("other"), false, null).matches(schedule("a", "2024-01-01")))
			.isFalse();
		assertThat(new ReviewQuery(AS_OF, "trust", null, false, Instant.parse("2026-06-01T00:00:00Z"))
			.matches(schedule("a", "2024-01-01"))).as("not changed since").isFalse();
	}

	private static ReviewSchedule schedule(String id, String due) {
		LocalDate nextDue = LocalDate.parse(due);
		return ReviewSchedule.of(id, "trust", "school", ReviewTarget.SCHOOL_POLICY, "policy", "variant", "Policy", 12,
				nextDue, DueSource.DOCUMENT, new ReviewOwner("Headteacher", null, null), nextDue.minusMonths(12),
				Instant.parse("2026-02-01T00:00:00Z"));
	}

}
