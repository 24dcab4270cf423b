package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;
import uk.trustboard.api.trust.Trust;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through 5,000 overdue reviews, 100 a page, while reviews are being recorded at the same
 * time: no item comes twice, the order holds, and every item that stayed overdue throughout comes,
 * including items that a review dated long ago moved later while leaving them overdue.
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

		// Two kinds of review while paging: a recent one takes an item off the list; one dated long
		// ago (late paperwork) moves it later but leaves it overdue, so it must still come, once.
		Set<String> leftTheList = Collections.synchronizedSet(new HashSet<>());
		Map<String, LocalDate> lastReviewed = new HashMap<>();
		schedules.forEach(schedule -> lastReviewed.put(schedule.id(), schedule.lastReviewedOn()));
		AtomicInteger stillOverdue = new AtomicInteger();
		AtomicBoolean paging = new AtomicBoolean(true);
		var reviewer = Executors.newSingleThreadExecutor();
		var reviews = reviewer.submit(() -> {
			Random pick = new Random(7);
			while (paging.get()) {
				String id = schedules.get(pick.nextInt(schedules.size())).id();
				LocalDate reviewedOn = (pick.nextBoolean() || leftTheList.contains(id)) ? LocalDate.parse("2026-11-01")
						: lastReviewed.get(id).plusDays(120);
				executive.documentName("recordReview")
					.variable("input", Map.of("scheduleId", id, "reviewedOn", reviewedOn.toString(), "outcome", "NO_CHANGES"))
					.execute()
					.path("recordReview.userErrors")
					.entityList(Object.class)
					.hasSize(0);
				lastReviewed.put(id, reviewedOn);
				if (reviewedOn.plusMonths(12).isBefore(LocalDate.parse(AS_OF))) {
					stillOverdue.incrementAndGet();
				}
				else {
					leftTheList.add(id);
				}
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
			.filter(id -> !leftTheList.contains(id) && !returned.contains(id))
			.toList();
		assertThat(missed).isEmpty();
		assertThat(leftTheList).as("reviews took items off the list while paging").isNotEmpty();
		assertThat(stillOverdue).as("reviews left items on the list, later, while paging").hasPositiveValue();
	}

	/**
	 * The audit's case, one item a page: after the first page, a review dated in the past moves
	 * the item already returned later but leaves it overdue; one moves an item not yet returned
	 * past the next; and one is dated before the item's last review. Each comes once, in order.
	 */
	@Test
	void reviewsDatedInThePastNeitherRepeatNorHideAnItem() {
		String trust = "paging-past-trust";
		this.mongo.save(new Trust(trust, "Paging Past Trust (fictional)"));
		for (String[] item : new String[][] { { "a", "2025-01-01" }, { "b", "2025-09-01" }, { "c", "2025-10-01" } }) {
			LocalDate due = LocalDate.parse(item[1]);
			this.mongo.insert(ReviewSchedule.of("paging-past-" + item[0], trust, null, ReviewTarget.TRUST_POLICY,
					"paging-past-policy-" + item[0], null, "Policy " + item[0], 12, due, DueSource.LAST_REVIEW_PLUS_CYCLE,
					new ReviewOwner("Trust executive", null, null), due.minusMonths(12), Instant.EPOCH));
		}
		HttpGraphQlTester executive = withToken(TestIssuer.sign(TestIssuer
			.claims("paging-past-executive", "TRUST_EXECUTIVE", trust, List.of())
			.build()));
		List<String> returned = new ArrayList<>();

		String after = page(executive, trust, null, returned);
		assertThat(returned).containsExactly("2025-01-01 paging-past-a");
		review(executive, "paging-past-a", "2025-06-01").hasSize(0);
		review(executive, "paging-past-b", "2024-12-01").hasSize(0);
		review(executive, "paging-past-c", "2023-06-01").hasSize(1);
		while (after != null) {
			after = page(executive, trust, after, returned);
		}

		assertThat(returned).containsExactly("2025-01-01 paging-past-a", "2025-10-01 paging-past-c",
				"2025-12-01 paging-past-b");
	}

	/** Reads one page of one item; returns the cursor to go on from, or null at the end. */
	private String page(HttpGraphQlTester tester, String trust, String after, List<String> returned) {
		var page = tester.documentName("overdueReviews")
			.variable("asOf", AS_OF)
			.variable("trustId", trust)
			.variable("first", 1)
			.variable("after", after)
			.execute();
		List<String> ids = page.path("overdueReviews.edges[*].node.id").entityList(String.class).get();
		List<String> dues = page.path("overdueReviews.edges[*].node.nextDue").entityList(String.class).get();
		for (int i = 0; i < ids.size(); i++) {
			returned.add(dues.get(i) + " " + ids.get(i));
		}
		boolean more = page.path("overdueReviews.pageInfo.hasNextPage").entity(Boolean.class).get();
		return more ? page.path("overdueReviews.pageInfo.endCursor").entity(String.class).get() : null;
	}

	private static GraphQlTester.EntityList<Object> review(
			HttpGraphQlTester tester, String id, String reviewedOn) {
		return tester.documentName("recordReview")
			.variable("input", Map.of("scheduleId", id, "reviewedOn", reviewedOn, "outcome", "NO_CHANGES"))
			.execute()
			.path("recordReview.userErrors")
			.entityList(Object.class);
	}

}
