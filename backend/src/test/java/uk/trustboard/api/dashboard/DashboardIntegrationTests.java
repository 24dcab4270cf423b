package uk.trustboard.api.dashboard;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardIntegrationTests extends DashboardQueries {

	@Test
	void theSeedSchoolsAreRatedByWhatTheirDocumentsLeaveOut() {
		var response = dashboard(as("trust-executive"), "asset-education", Map.of());
		String row = "complianceDashboard.schools[?(@.school.id == '%s')].";
		response.path(row.formatted("monkhouse-primary") + "rating").entityList(String.class).containsExactly("RED");
		response.path(row.formatted("monkhouse-primary") + "dslNamed").entityList(Boolean.class).containsExactly(false);
		response.path(row.formatted("monkhouse-primary") + "reviewStatus").entityList(String.class).containsExactly("OVERDUE");
		response.path(row.formatted("monkhouse-primary") + "reviewDaysOverdue").entityList(Integer.class).containsExactly(447);
		response.path(row.formatted("monkhouse-primary") + "reasons")
			.entityList(Object.class)
			.satisfies(reasons -> assertThat(reasons.toString()).contains("No Designated Safeguarding Lead is named")
				.contains("Policy review overdue by 447 days"));
		response.path(row.formatted("our-lady-and-st-rose-of-lima-primary") + "reviewStatus")
			.entityList(String.class)
			.containsExactly("UNSCHEDULED");
		response.path(row.formatted("cop-lane-ce-primary") + "unmanagedChannels").entityList(Integer.class).containsExactly(0);
		response.path(row.formatted("cop-lane-ce-primary") + "driftedSections").entityList(Integer.class).containsExactly(18);
		response.path(row.formatted("cop-lane-ce-primary") + "variantState").entityList(String.class).containsExactly("PUBLISHED");
		response.path("complianceDashboard.totals.schools").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void coverageAndOverdueComeFromCountersAndStartDates() {
		String trust = "coverage-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 1);
		var response = dashboard(executiveOf(trust), trust, Map.of());
		String row = "complianceDashboard.schools[0].";
		response.path(row + "required").entity(Integer.class).isEqualTo(3);
		response.path(row + "acknowledged").entity(Integer.class).isEqualTo(2);
		response.path(row + "coveragePercent").entity(Double.class).isEqualTo(66.7);
		// due 1 October for the two early starters (one acknowledged), 1 December for the late one
		response.path(row + "overdueAcknowledgements").entity(Integer.class).isEqualTo(1);
		response.path(row + "rating").entity(String.class).isEqualTo("AMBER");
	}

	@Test
	void theNumberOfQueriesIsTheSameForOneTenAndAHundredSchools() {
		String trust = "counted-dashboard-trust";
		DashboardFixtures.trust(this.mongo, trust);
		HttpGraphQlTester executive = executiveOf(trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 1);
		int one = reads(executive, trust, 1);
		DashboardFixtures.schools(this.mongo, trust, 1, 10);
		int ten = reads(executive, trust, 10);
		DashboardFixtures.schools(this.mongo, trust, 10, 100);
		int hundred = reads(executive, trust, 100);
		assertThat(List.of(one, ten, hundred)).containsOnly(one);
		// trust, schools, appointments, channels, the people channels and appointments name, variants, trust policies,
		// review schedules, counters, and the people aggregation
		assertThat(one).isEqualTo(10);
	}

	@Test
	void noDashboardQueryReadsTheAcknowledgementLedger() {
		String trust = "ledger-free-trust";
		DashboardFixtures.trust(this.mongo, trust);
		HttpGraphQlTester executive = executiveOf(trust);
		int[][] sizes = { { 0, 1 }, { 1, 10 }, { 10, 100 } };
		for (int[] size : sizes) {
			DashboardFixtures.schools(this.mongo, trust, size[0], size[1]);
			this.mongoCommands.reset();
			dashboard(executive, trust, Map.of()).path("complianceDashboard.totals.schools").entity(Integer.class).isEqualTo(size[1]);
			executive.documentName("schoolCompliance")
				.variable("schoolId", DashboardFixtures.school(trust, size[1] - 1))
				.variable("asOf", AS_OF)
				.execute()
				.path("schoolCompliance.acknowledged")
				.entity(Integer.class)
				.isEqualTo(2);
			assertThat(this.mongoCommands.collectionsRead()).as("at %d schools", size[1])
				.contains("acknowledgement_counters", "people")
				.doesNotContain("acknowledgements");
		}
		// the same listener does see the ledger when a query reads it: who has acknowledged, by name
		this.mongoCommands.reset();
		executive.documentName("acknowledgementStatus")
			.variable("variantId", DashboardFixtures.variant(trust, 0, DashboardFixtures.FIRST))
			.variable("asOf", AS_OF)
			.variable("first", 10)
			.execute()
			.path("acknowledgementStatus.required")
			.entity(Integer.class)
			.isEqualTo(3);
		assertThat(this.mongoCommands.collectionsRead()).contains("acknowledgements");
	}

	@Test
	void everyDashboardQueryAsksForItsWholeResultInOneReply() {
		String trust = "batched-dashboard-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 3);
		reads(executiveOf(trust), trust, 3);
		assertThat(this.mongoCommands.defaultBatches()).isEmpty();
	}

	@Test
	void ratingsFilterAndSortTheSchools() {
		String trust = "sorted-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 3);
		DashboardFixtures.withoutDsl(this.mongo, trust, 2);
		var sorted = dashboard(executiveOf(trust), trust, Map.of("sortBy", "RATING"));
		sorted.path("complianceDashboard.schools[*].rating").entityList(String.class).containsExactly("RED", "AMBER", "AMBER");
		sorted.path("complianceDashboard.schools[0].school.id").entity(String.class).isEqualTo(trust + "-school-2");
		var red = dashboard(executiveOf(trust), trust, Map.of("ratings", List.of("RED")));
		red.path("complianceDashboard.totals.schools").entity(Integer.class).isEqualTo(1);
		red.path("complianceDashboard.totals.red").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void aHeadSeesTheirOwnSchoolOnly() {
		as("lunsford-head").documentName("schoolCompliance")
			.variable("schoolId", "lunsford-primary")
			.variable("asOf", AS_OF)
			.execute()
			.path("schoolCompliance.school.id")
			.entity(String.class)
			.isEqualTo("lunsford-primary");
		as("lunsford-head").documentName("schoolCompliance")
			.variable("schoolId", "cop-lane-ce-primary")
			.variable("asOf", AS_OF)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString("NOT_FOUND")));
		dashboard(as("lunsford-head"), "asset-education", Map.of()).path("complianceDashboard.schools[*].school.id")
			.entityList(String.class)
			.containsExactly("lunsford-primary");
	}

	private int reads(HttpGraphQlTester executive, String trust, int schools) {
		this.mongoCommands.reset();
		dashboard(executive, trust, Map.of()).path("complianceDashboard.totals.schools").entity(Integer.class).isEqualTo(schools);
		return this.mongoCommands.reads();
	}

}
