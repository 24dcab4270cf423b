package uk.trustboard.api.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.acknowledgement.AcknowledgementFixturesAccess;
import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Review schedules from the seed documents, and reviews recorded over HTTP with real tokens. */
class ReviewIntegrationTests extends IntegrationTest {

	private static final String TRUST = "asset-education";

	private static final String AS_OF = "2026-11-22";

	@Autowired
	MongoTemplate mongo;

	@Test
	void asOfTheTwentySecondOfNovember2026TheSeedsReviewsStandAsTheirDocumentsSay() {
		var response = as("trust-executive").documentName("reviewStandings")
			.variable("trustId", TRUST)
			.variable("asOf", AS_OF)
			.execute();
		// the seed variants by id: tests of other features may add variants to the same schools
		String school = "schools.edges[*].node.variants[?(@.id == '%s')].review.";
		for (String overdue : List.of("cop-lane-ce-primary-network-and-social-media", "monkhouse-primary-social-networking",
				"lunsford-primary-social-media")) {
			response.path(school.formatted(overdue) + "standing.status").entityList(String.class).containsExactly("OVERDUE");
			response.path(school.formatted(overdue) + "nextDue").entityList(String.class).containsExactly("2025-09-01");
			response.path(school.formatted(overdue) + "standing.daysOverdue").entityList(Integer.class).containsExactly(447);
		}
		response.path(school.formatted("cop-lane-ce-primary-network-and-social-media") + "dueSource").entityList(String.class).containsExactly("DOCUMENT");
		response.path(school.formatted("cop-lane-ce-primary-network-and-social-media") + "owner.name").entityList(String.class).containsExactly("Mr I. Ashmore");
		response.path(school.formatted("monkhouse-primary-social-networking") + "dueSource")
			.entityList(String.class)
			.containsExactly("LAST_REVIEW_PLUS_CYCLE");
		response.path(school.formatted("monkhouse-primary-social-networking") + "owner.role").entityList(String.class).containsExactly("Governing Body");
		response.path(school.formatted("our-lady-and-st-rose-of-lima-primary-social-media") + "standing.status")
			.entityList(String.class)
			.containsExactly("UNSCHEDULED");
		String trustPolicy = "trust.policies[?(@.id == 'asset-education-social-media')].review.";
		response.path(trustPolicy + "nextDue").entityList(String.class).containsExactly("2020-01-28");
		response.path(trustPolicy + "standing.status").entityList(String.class).containsExactly("OVERDUE");
		response.path(trustPolicy + "standing.daysOverdue").entityList(Integer.class).containsExactly(2490);
	}

	@Test
	void anIntegrationWithReviewsReadPullsTheOverdueOnesByDueDate() {
		var response = as("integration").documentName("overdueReviews")
			.variable("asOf", AS_OF)
			.variable("trustId", TRUST)
			.variable("schoolIds", List.of("cop-lane-ce-primary", "lunsford-primary", "monkhouse-primary",
					"our-lady-and-st-rose-of-lima-primary"))
			.variable("first", 100)
			.execute();
		response.path("overdueReviews.edges[*].node.school.id")
			.entityList(String.class)
			.containsExactly("cop-lane-ce-primary", "lunsford-primary", "monkhouse-primary");
		response.path("overdueReviews.edges[*].node.standing.status").entityList(String.class).containsExactly("OVERDUE", "OVERDUE", "OVERDUE");
		response.path("overdueReviews.edges[*].node.variant.live.number").entityList(Integer.class).containsExactly(1, 1, 1);
		response.path("overdueReviews.edges[0].node.policy.title").entity(String.class).isEqualTo("Social Media Policy");

		as("integration").documentName("overdueReviews")
			.variable("asOf", AS_OF)
			.variable("trustId", TRUST)
			.variable("first", 100)
			.execute()
			.path("overdueReviews.edges[0].node.id")
			.entity(String.class)
			.isEqualTo("asset-education-social-media");
	}

	@Test
	void aReviewWithNoChangesMovesTheDueDateOnAndIsKeptInTheHistory() {
		String scheduleId = AcknowledgementFixturesAccess.lunsfordVariantWithSchedule(this.mongo);
		var recorded = as("lunsford-head").documentName("recordReview")
			.variable("input", Map.of("scheduleId", scheduleId, "reviewedOn", "2026-11-01", "outcome", "NO_CHANGES",
					"notes", "Read through with governors"))
			.execute();
		recorded.path("recordReview.userErrors").entityList(Object.class).hasSize(0);
		recorded.path("recordReview.schedule.nextDue").entity(String.class).isEqualTo("2027-11-01");
		recorded.path("recordReview.schedule.standing.status").entity(String.class).isEqualTo("OK");
		recorded.path("recordReview.schedule.history[0].notes").entity(String.class).isEqualTo("Read through with governors");
		recorded.path("recordReview.schedule.history[0].recordedBy").entity(String.class).isEqualTo("lunsford-head");

		var again = as("lunsford-head").documentName("recordReview")
			.variable("input", Map.of("scheduleId", scheduleId, "reviewedOn", "2026-11-01", "outcome", "NO_CHANGES",
					"notes", "Read through with governors"))
			.execute();
		again.path("recordReview.schedule.history").entityList(Object.class).hasSize(1);
	}

	@Test
	void aRevisionNamesAPublishedVersionAndTheFutureIsRefused() {
		String scheduleId = AcknowledgementFixturesAccess.lunsfordVariantWithSchedule(this.mongo);
		record(scheduleId, Map.of("scheduleId", scheduleId, "reviewedOn", "2026-11-01", "outcome", "REVISED"))
			.path("recordReview.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input", "versionNumber");
		record(scheduleId, Map.of("scheduleId", scheduleId, "reviewedOn", "2026-11-01", "outcome", "REVISED", "versionNumber", 2))
			.path("recordReview.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("REQUIRED");
		record(scheduleId, Map.of("scheduleId", scheduleId, "reviewedOn", "2999-01-01", "outcome", "NO_CHANGES"))
			.path("recordReview.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("INVALID_DATE");
		record(scheduleId, Map.of("scheduleId", scheduleId, "reviewedOn", "2026-10-01", "outcome", "REVISED", "versionNumber", 1))
			.path("recordReview.review.outcome")
			.entity(String.class)
			.isEqualTo("REVISED");
	}

	@Test
	void onlyTheRightPeopleRecordReviews() {
		String scheduleId = AcknowledgementFixturesAccess.lunsfordVariantWithSchedule(this.mongo);
		var input = Map.<String, Object>of("scheduleId", scheduleId, "reviewedOn", "2026-11-01", "outcome", "NO_CHANGES");
		assertError(as("lunsford-staff").documentName("recordReview").variable("input", input).execute(), "FORBIDDEN");
		assertError(as("trust-executive").documentName("recordReview").variable("input", input).execute(), "FORBIDDEN");
		var trustPolicy = Map.<String, Object>of("scheduleId", "asset-education-social-media", "reviewedOn", "2019-12-01",
				"outcome", "NO_CHANGES");
		assertError(as("lunsford-head").documentName("recordReview").variable("input", trustPolicy).execute(), "NOT_FOUND");
		assertThat(this.mongo.findById("asset-education-social-media", ReviewSchedule.class).nextDue())
			.isEqualTo(LocalDate.of(2020, 1, 28));
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response record(String scheduleId, Map<String, Object> input) {
		return as("lunsford-head").documentName("recordReview").variable("input", input).execute();
	}

	private static void assertError(org.springframework.graphql.test.tester.GraphQlTester.Response response, String type) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).hasToString(type)));
	}

}
