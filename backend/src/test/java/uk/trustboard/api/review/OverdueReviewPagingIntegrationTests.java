package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;
import uk.trustboard.api.trust.Trust;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through 5,000 overdue reviews, 100 a page, while reviews are being recorded at the same
 * time: no item comes twice, the order holds, and every item that stayed overdue throughout comes.
 */
class OverdueReviewPagingIntegrationTests extends IntegrationTest {

	private static final String TRUST = "paging-trust";

	private static final String AS_OF = "2026-11-22";

	@Autowired
	MongoTemplate mongo;

	@Test
	void pagesHoldTheirOrderWhileReviewsAreRecorded() throws Exception {
		this.mongo.save(new Trust(TRUST, "Paging Trust (fictional)"));
		Random random = new Random(5000);
		List<ReviewSchedule> schedules = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			LocalDate due = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2_000));
			schedules.add(ReviewSchedule.of("paging-%04d".formatted(i), TRUST, null, ReviewTarget.TRUST_POLICY,
					"paging-policy-" + i, null, "Policy " + i, 12, due, DueSource.LAST_REVIEW_PLUS_CYCLE,
					new ReviewOwner("Trust executive", null, null), due.minusMonths(12), Instant.EPOCH));
		}
		this.mongo.insertAll(schedules);
		HttpGraphQlTester executive = withToken(TestIssuer.sign(TestIssuer
			.claims("paging-executive", "TRUST_EXECUTIVE", TRUST, List.of())
			.build()));

		Set<String> reviewed = Collections.synchronizedSet(new HashSet<>());
		AtomicBoolean paging = new AtomicBoolean(true);
		var reviewer = Executors.newSingleThreadExecutor();
		var reviews = reviewer.submit(() -> {
			Random pick = new Random(7);
			while (paging.get()) {
				String id = schedules.get(pick.nextInt(schedules.size())).id();
				executive.documentName("recordReview")
					.variable("input", Map.of("scheduleId", id, "reviewedOn", "2026-11-01", "outcome", "NO_CHANGES"))
					.execute()
					.path("recordReview.userErrors")
					.entityList(Object.class)
					.hasSize(0);
				reviewed.add(id);
			}
		});

		List<String> ids = new ArrayList<>();
		List<String> order = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = executive.documentName("overdueReviews")
				.variable("asOf", AS_OF)
				.variable("trustId", TRUST)
				.variable("first", 100)
				.variable("after", after)
				.execute();
			List<String> pageIds = page.path("overdueReviews.edges[*].node.id").entityList(String.class).get();
			List<String> dues = page.path("overdueReviews.edges[*].node.nextDue").entityList(String.class).get();
			for (int i = 0; i < pageIds.size(); i++) {
				ids.add(pageIds.get(i));
				order.add(dues.get(i) + " " + pageIds.get(i));
			}
			more = page.path("overdueReviews.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("overdueReviews.pageInfo.endCursor").entity(String.class).get();
		}
		paging.set(false);
		reviews.get();
		reviewer.shutdown();

		assertThat(ids).doesNotHaveDuplicates();
		assertThat(order).isSorted();
		Set<String> returned = new HashSet<>(ids);
		List<String> missed = schedules.stream()
			.map(ReviewSchedule::id)
			.filter(id -> !reviewed.contains(id) && !returned.contains(id))
			.toList();
		assertThat(missed).isEmpty();
		assertThat(reviewed).as("reviews were being recorded while paging").isNotEmpty();
	}

}
