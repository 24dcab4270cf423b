package uk.trustboard.api.review;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewStandingTests {

	private static final LocalDate DUE = LocalDate.of(2025, 9, 1);

	@Test
	void beforeTheWarningWindowItIsOk() {
		assertThat(ReviewStanding.of(DUE, 60, LocalDate.of(2025, 7, 2)).status()).isEqualTo(ReviewStanding.Status.OK);
	}

	@Test
	void withinTheWarningWindowItIsDueSoonUpToAndIncludingTheDueDate() {
		assertThat(ReviewStanding.of(DUE, 60, LocalDate.of(2025, 7, 3)).status()).isEqualTo(ReviewStanding.Status.DUE_SOON);
		assertThat(ReviewStanding.of(DUE, 60, DUE).status()).isEqualTo(ReviewStanding.Status.DUE_SOON);
	}

	@Test
	void afterTheDueDateItIsOverdueByTheDaysSince() {
		var standing = ReviewStanding.of(DUE, 60, LocalDate.of(2026, 11, 22));
		assertThat(standing.status()).isEqualTo(ReviewStanding.Status.OVERDUE);
		assertThat(standing.daysOverdue()).isEqualTo(447);
		assertThat(ReviewStanding.of(DUE, 60, DUE.plusDays(1)).daysOverdue()).isEqualTo(1);
	}

	@Test
	void withoutADueDateItIsUnscheduled() {
		var standing = ReviewStanding.of(null, 60, LocalDate.of(2026, 11, 22));
		assertThat(standing.status()).isEqualTo(ReviewStanding.Status.UNSCHEDULED);
		assertThat(standing.dueOn()).isNull();
	}

}
