package uk.trustboard.api.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.trustboard.api.dashboard.DashboardFixtures.FIRST;
import static uk.trustboard.api.dashboard.DashboardFixtures.SECOND;

/** The dashboard lists the schools asked for, in the order asked for; the totals count those listed. */
class DashboardFilterAndSortIntegrationTests extends DashboardQueries {

	@Test
	void coverageOrdersAndFiltersTheSchools() {
		String trust = "coverage-order-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 3);
		DashboardFixtures.acknowledged(this.mongo, trust, 0, 2, 1);
		DashboardFixtures.acknowledged(this.mongo, trust, 2, 0, 1);

		assertThat(order(dashboard(trust, Map.of("sortBy", "COVERAGE")), trust)).as("coverage 100, 66.7, 33.3")
			.containsExactly(2, 1, 0);
		var below90 = dashboard(trust, Map.of("coverageBelow", 90));
		assertThat(order(below90, trust)).containsExactly(1, 2);
		below90.path("complianceDashboard.totals.schools").entity(Integer.class).isEqualTo(2);
		below90.path("complianceDashboard.totals.required").entity(Integer.class).isEqualTo(6);
		below90.path("complianceDashboard.totals.acknowledged").entity(Integer.class).isEqualTo(3);
		below90.path("complianceDashboard.totals.coveragePercent").entity(Double.class).isEqualTo(50.0);
		assertThat(order(dashboard(trust, Map.of("coverageBelow", 50)), trust)).containsExactly(2);
		assertThat(order(dashboard(trust, Map.of("coverageBelow", 66.7)), trust)).as("below, not at").containsExactly(2);
		assertThat(order(dashboard(trust, Map.of("coverageBelow", 90, "ratings", List.of("AMBER"))), trust))
			.as("every filter given applies")
			.containsExactly(1);
	}

	@Test
	void overdueReviewsOrderAndFilterTheSchools() {
		String trust = "overdue-order-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 4);
		DashboardFixtures.reviewDue(this.mongo, trust, 0, FIRST, LocalDate.of(2026, 12, 1));
		DashboardFixtures.reviewDue(this.mongo, trust, 1, FIRST, LocalDate.of(2026, 10, 23));
		DashboardFixtures.secondPolicy(this.mongo, trust, 2);
		DashboardFixtures.reviewDue(this.mongo, trust, 2, FIRST, LocalDate.of(2026, 11, 12));
		DashboardFixtures.reviewDue(this.mongo, trust, 2, SECOND, LocalDate.of(2026, 8, 24));

		var sorted = dashboard(trust, Map.of("sortBy", "OVERDUE"));
		assertThat(order(sorted, trust)).as("90 days, 30 days, then by name").containsExactly(2, 1, 0, 3);
		sorted.path("complianceDashboard.schools[*].reviewDaysOverdue").entityList(Integer.class).containsExactly(90, 30, 0, 0);
		var overdue = dashboard(trust, Map.of("reviewOverdue", true));
		assertThat(order(overdue, trust)).containsExactly(1, 2);
		overdue.path("complianceDashboard.totals.schools").entity(Integer.class).isEqualTo(2);
		overdue.path("complianceDashboard.totals.overdueReviews").entity(Integer.class).isEqualTo(2);
		assertThat(order(dashboard(trust, Map.of("reviewOverdue", false)), trust)).as("due soon, and not yet due")
			.containsExactly(0, 3);
		assertThat(order(dashboard(trust, Map.of("reviewOverdue", true, "sortBy", "OVERDUE")), trust)).containsExactly(2, 1);
	}

	@Test
	void namesOrderTheSchoolsUnlessAskedOtherwise() {
		String trust = "name-order-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 3);
		DashboardFixtures.renamed(this.mongo, trust, 0, "Zebra Primary (fictional)");
		DashboardFixtures.withoutDsl(this.mongo, trust, 2);

		assertThat(order(dashboard(trust, Map.of("sortBy", "NAME")), trust)).containsExactly(1, 2, 0);
		assertThat(order(dashboard(trust, Map.of()), trust)).containsExactly(1, 2, 0);
		assertThat(order(dashboard(trust, Map.of("sortBy", "RATING")), trust)).as("red first").containsExactly(2, 1, 0);
	}

}
