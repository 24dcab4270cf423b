package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which items of one read a page may hold: those still on the list as read, up to the first one
 * read out of order (the embedded store can answer an item as a review changed it after sorting).
 */
class OverduePageCandidatesTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

	private final ReviewQuery overdue = new ReviewQuery(AS_OF, "trust", null, false, null);

	@Test
	void anItemReviewedOffTheListBetweenSortingAndReadingIsLeftOut() {
		var read = List.of(schedule("a", "2024-01-01"), schedule("b", "2027-11-01"), schedule("c", "2024-03-01"));

		var candidates = OverduePages.Candidates.of(read, 3, false, this.overdue);

		assertThat(candidates.inPlace()).extracting(ReviewSchedule::id).containsExactly("a", "c");
		assertThat(candidates.more()).isFalse();
	}

	@Test
	void thePageStopsBeforeAnItemReadOutOfOrder() {
		// b was sorted by its old due date, then read as a review moved it later, still overdue
		var read = List.of(schedule("a", "2024-01-01"), schedule("b", "2025-06-01"), schedule("c", "2024-03-01"),
				schedule("d", "2025-07-01"));

		var candidates = OverduePages.Candidates.of(read, 4, false, this.overdue);

		assertThat(candidates.inPlace()).extracting(ReviewSchedule::id).containsExactly("a");
		assertThat(candidates.more()).as("b, c and d are read again from after a").isTrue();
	}

	@Test
	void theLastItemIsCheckedAgainstTheOneAfterThePage() {
		var read = List.of(schedule("a", "2024-01-01"), schedule("b", "2025-06-01"), schedule("c", "2024-03-01"));

		var candidates = OverduePages.Candidates.of(read, 2, false, this.overdue);

		assertThat(candidates.inPlace()).extracting(ReviewSchedule::id).containsExactly("a");
		assertThat(candidates.more()).isTrue();
	}

	@Test
	void aReadInOrderIsAPageOfTheLimitWithTheRestToFollow() {
		var read = List.of(schedule("a", "2024-01-01"), schedule("b", "2024-01-01"), schedule("c", "2024-03-01"));

		var candidates = OverduePages.Candidates.of(read, 2, false, this.overdue);

		assertThat(candidates.inPlace()).extracting(ReviewSchedule::id).containsExactly("a", "b");
		assertThat(candidates.more()).isTrue();
		assertThat(OverduePages.Candidates.of(read.subList(0, 2), 2, false, this.overdue).more()).isFalse();
		assertThat(OverduePages.Candidates.of(read.subList(0, 2), 2, true, this.overdue).more()).isTrue();
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
