package uk.trustboard.api.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.trustboard.api.dashboard.DashboardFixtures.FIRST;
import static uk.trustboard.api.dashboard.DashboardFixtures.SECOND;

/** What one school's row says, field by field, for schools that differ from the fixture in one way. */
class DashboardRowsIntegrationTests extends DashboardQueries {

	@Test
	void theWorstReviewIsTheMostOverdueOfTheSchoolsPolicies() {
		String trust = "worst-review-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 3);
		DashboardFixtures.secondPolicy(this.mongo, trust, 0);
		DashboardFixtures.reviewDue(this.mongo, trust, 0, FIRST, LocalDate.of(2026, 11, 12));
		DashboardFixtures.reviewDue(this.mongo, trust, 0, SECOND, LocalDate.of(2026, 8, 24));
		DashboardFixtures.reviewDue(this.mongo, trust, 1, FIRST, LocalDate.of(2026, 12, 1));

		var response = dashboard(trust, Map.of());

		assertThat(field(response, trust, 0, "reviewStatus")).isEqualTo("OVERDUE");
		assertThat(field(response, trust, 0, "reviewDaysOverdue")).isEqualTo(90);
		assertThat(field(response, trust, 0, "reasons").toString()).contains("Policy review overdue by 90 days");
		assertThat(field(response, trust, 1, "reviewStatus")).isEqualTo("DUE_SOON");
		assertThat(field(response, trust, 1, "reviewDaysOverdue")).isEqualTo(0);
		assertThat(field(response, trust, 2, "reviewStatus")).isEqualTo("OK");
		response.path("complianceDashboard.totals.overdueReviews").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void onlyLivePoliciesNeedAcknowledging() {
		String trust = "unpublished-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 3);
		DashboardFixtures.secondPolicy(this.mongo, trust, 0);
		DashboardFixtures.draftOnly(this.mongo, trust, 1);
		DashboardFixtures.noPolicy(this.mongo, trust, 2);

		var response = dashboard(trust, Map.of());

		// two live policies, each to be acknowledged by the same three teachers
		assertThat(field(response, trust, 0, "variantState")).isEqualTo("PUBLISHED");
		assertThat(field(response, trust, 0, "required")).isEqualTo(6);
		assertThat(field(response, trust, 0, "acknowledged")).isEqualTo(4);
		assertThat(field(response, trust, 0, "overdueAcknowledgements")).isEqualTo(2);
		assertThat(field(response, trust, 1, "variantState")).isEqualTo("DRAFT_ONLY");
		assertThat(field(response, trust, 1, "rating")).isEqualTo("RED");
		assertThat(field(response, trust, 1, "reasons").toString()).contains("Only a draft: no published policy");
		assertThat(field(response, trust, 2, "variantState")).isEqualTo("NONE");
		assertThat(field(response, trust, 2, "rating")).isEqualTo("RED");
		assertThat(field(response, trust, 2, "reasons").toString()).contains("No policy adopted");
		for (int n : List.of(1, 2)) {
			assertThat(field(response, trust, n, "required")).as("school %d", n).isEqualTo(0);
			assertThat(field(response, trust, n, "acknowledged")).as("school %d", n).isEqualTo(0);
			assertThat(field(response, trust, n, "overdueAcknowledgements")).as("school %d", n).isEqualTo(0);
		}
		response.path("complianceDashboard.totals.required").entity(Integer.class).isEqualTo(6);
		response.path("complianceDashboard.totals.acknowledged").entity(Integer.class).isEqualTo(4);
		response.path("complianceDashboard.totals.coveragePercent").entity(Double.class).isEqualTo(66.7);
		response.path("complianceDashboard.totals.overdueAcknowledgements").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void aChannelWhoseManagersHaveAllLeftTheSchoolHasNoCurrentManager() {
		String trust = "managers-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 4);
		String school0 = DashboardFixtures.school(trust, 0);
		String school1 = DashboardFixtures.school(trust, 1);
		String school3 = DashboardFixtures.school(trust, 3);
		String leaver = DashboardFixtures.person(this.mongo, trust, trust + "-leaver", List.of(school1), StaffStatus.LEFT);
		String mover = DashboardFixtures.person(this.mongo, trust, trust + "-mover", List.of(school0), StaffStatus.ACTIVE);
		String otherLeaver = DashboardFixtures.person(this.mongo, trust, trust + "-leaver-3", List.of(school3),
				StaffStatus.LEFT);
		DashboardFixtures.managedBy(this.mongo, trust, 1, List.of(leaver));
		DashboardFixtures.managedBy(this.mongo, trust, 2, List.of(mover));
		DashboardFixtures.managedBy(this.mongo, trust, 3, List.of(otherLeaver, school3 + "-a"));

		var response = dashboard(trust, Map.of());

		assertThat(field(response, trust, 0, "unmanagedChannels")).isEqualTo(0);
		assertThat(field(response, trust, 1, "unmanagedChannels")).as("its only manager left").isEqualTo(1);
		assertThat(field(response, trust, 1, "reasons").toString()).contains("1 active channel(s) with no current manager");
		assertThat(field(response, trust, 2, "unmanagedChannels")).as("its only manager works elsewhere").isEqualTo(1);
		assertThat(field(response, trust, 3, "unmanagedChannels")).as("one manager is still there").isEqualTo(0);
	}

	@Test
	void aDslOrGovernorWhoHasLeftNamesNobody() {
		String trust = "leavers-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 3);
		DashboardFixtures.leadGovernor(this.mongo, trust, 0);
		DashboardFixtures.leadGovernor(this.mongo, trust, 2);
		String school1 = DashboardFixtures.school(trust, 1);
		String school2 = DashboardFixtures.school(trust, 2);
		// the appointments stay open: only the people's records say they have gone
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(school1 + "-a")),
				Update.update("status", StaffStatus.LEFT), Person.class);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(school2 + "-b")),
				Update.update("schoolIds", List.of(school1)), Person.class);

		var response = dashboard(trust, Map.of());

		assertThat(field(response, trust, 0, "dslNamed")).isEqualTo(true);
		assertThat(field(response, trust, 0, "leadGovernorNamed")).isEqualTo(true);
		assertThat(field(response, trust, 1, "dslNamed")).as("the DSL left").isEqualTo(false);
		assertThat(field(response, trust, 1, "rating")).isEqualTo("RED");
		assertThat(field(response, trust, 1, "reasons").toString()).contains("No Designated Safeguarding Lead is named");
		assertThat(field(response, trust, 2, "dslNamed")).isEqualTo(true);
		assertThat(field(response, trust, 2, "leadGovernorNamed")).as("the governor moved school").isEqualTo(false);
	}

	@Test
	void aSchoolWithNothingOutstandingIsGreen() {
		String trust = "green-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 2);
		DashboardFixtures.leadGovernor(this.mongo, trust, 0);
		DashboardFixtures.acknowledged(this.mongo, trust, 0, 2, 1);

		var response = dashboard(trust, Map.of());

		assertThat(field(response, trust, 0, "rating")).isEqualTo("GREEN");
		assertThat((List<?>) field(response, trust, 0, "reasons")).isEmpty();
		assertThat(field(response, trust, 0, "leadGovernorNamed")).isEqualTo(true);
		assertThat(field(response, trust, 0, "coveragePercent")).isEqualTo(100.0);
		assertThat(field(response, trust, 0, "staleBase")).isEqualTo(false);
		assertThat(field(response, trust, 1, "rating")).isEqualTo("AMBER");
		assertThat(field(response, trust, 1, "leadGovernorNamed")).isEqualTo(false);
		assertThat(field(response, trust, 1, "reasons").toString()).contains("No lead governor is named");
		response.path("complianceDashboard.totals")
			.entity(Map.class)
			.isEqualTo(Map.of("schools", 2, "red", 0, "amber", 1, "green", 1, "overdueReviews", 0, "required", 6,
					"acknowledged", 5, "coveragePercent", 83.3, "overdueAcknowledgements", 1));
	}

	@Test
	void aSchoolOnAnOlderBaseThanTheTrustsIsStale() {
		String trust = "stale-trust";
		DashboardFixtures.trust(this.mongo, trust);
		DashboardFixtures.schools(this.mongo, trust, 0, 2);
		DashboardFixtures.trustPolicyVersion(this.mongo, trust, 2);
		DashboardFixtures.rebased(this.mongo, trust, 0, 2);

		var response = dashboard(trust, Map.of());

		assertThat(field(response, trust, 0, "staleBase")).isEqualTo(false);
		assertThat(field(response, trust, 1, "staleBase")).isEqualTo(true);
		assertThat(field(response, trust, 1, "reasons").toString()).contains("Based on an older version of the trust policy");
		assertThat(field(response, trust, 0, "reasons").toString()).doesNotContain("older version");
	}

}
