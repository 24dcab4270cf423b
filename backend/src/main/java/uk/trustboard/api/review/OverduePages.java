package uk.trustboard.api.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Component;

import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.security.TenantScope;

/**
 * Pages of the overdue list, by due date then id, that hold together while reviews are recorded.
 * A review never moves a due date earlier ({@link ReviewRecording}), so paging on after the last
 * item returned never skips an item that is still on the list. A review can move an item later
 * and leave it on the list, though (one dated so long ago that the policy is overdue again): an
 * item returned already could then come again further on. So each pass through the list (a
 * {@link Pull}, carried by its cursors) notes what it returned, and a later page leaves out what
 * the pass returned before.
 */
@Component
class OverduePages {

	private static final Comparator<ReviewSchedule> ORDER = Comparator.comparing(ReviewSchedule::nextDue)
		.thenComparing(ReviewSchedule::id);

	/** Enough to get past items that a real MongoDB never gives and the embedded server rarely does. */
	private static final int MAX_READS = 100;

	private final ReviewScheduleRepository schedules;

	private final PulledReviewRepository pulled;

	private final Clock clock;

	OverduePages(ReviewScheduleRepository schedules, PulledReviewRepository pulled, Clock clock) {
		this.schedules = schedules;
		this.pulled = pulled;
		this.clock = clock;
	}

	/**
	 * Up to {@code paging.limit()} items. A page can hold fewer, even when more follow, but holds
	 * at least one while more follow: a page with no item would have no cursor to go on from.
	 */
	Window<ReviewSchedule> page(ReviewQuery query, Paging paging, TenantScope scope) {
		Instant now = this.clock.instant();
		this.pulled.forgetExpired(now);
		Pull pull = Pull.of(paging.position(), now);
		for (int read = 0; read < MAX_READS; read++) {
			// one more than the page, to check the page's last item against
			var window = this.schedules.overdue(query, pull.position(), paging.limit() + 1, scope);
			Candidates candidates = Candidates.of(window.getContent(), paging.limit(), window.hasNext(), query);
			Set<String> before = this.pulled.returnedUpTo(pull,
					candidates.inPlace().stream().map(ReviewSchedule::id).toList());
			List<ReviewSchedule> page = candidates.inPlace()
				.stream()
				.filter(schedule -> !before.contains(schedule.id()))
				.toList();
			if (!page.isEmpty() || !candidates.more()) {
				this.pulled.returned(pull, page);
				Pull pass = pull;
				return Window.from(page, i -> pass.after(page.get(i), i), candidates.more());
			}
			if (!candidates.inPlace().isEmpty()) {
				pull = pull.goingOnAfter(candidates.inPlace().getLast());
			}
		}
		throw new IllegalStateException("The overdue list kept changing while it was read " + MAX_READS + " times");
	}

	record Candidates(List<ReviewSchedule> inPlace, boolean more) {

		/**
		 * The items of one read that can be returned in order, and whether more follow them.
		 *
		 * <p>A real MongoDB answers each item as it matched the query. mongo-java-server (the embedded
		 * store) matches and sorts, and can then answer an item as a review changed it a moment later:
		 * no longer on the list, or moved later and so out of order. Such an item is left out, and the
		 * page stops before an item out of order, whose position could jump past items not yet
		 * returned; the next read finds it where it now is.
		 *
		 * @param read the items after the position, in the order the store sorted them
		 * @param limit how many of them a page may hold (any further item is only looked at)
		 * @param hasNext whether the store has more after those read
		 */
		static Candidates of(List<ReviewSchedule> read, int limit, boolean hasNext, ReviewQuery query) {
			List<ReviewSchedule> onList = read.stream().filter(query::matches).toList();
			List<ReviewSchedule> inPlace = new ArrayList<>();
			int examined = Math.min(read.size(), limit);
			for (int i = 0; i < examined; i++) {
				ReviewSchedule item = read.get(i);
				if (!query.matches(item)) {
					continue;
				}
				boolean beforeAllAfterIt = onList.subList(onList.indexOf(item) + 1, onList.size())
					.stream()
					.allMatch(later -> ORDER.compare(item, later) < 0);
				if (!beforeAllAfterIt) {
					return new Candidates(inPlace, true);
				}
				inPlace.add(item);
			}
			return new Candidates(inPlace, read.size() > limit || hasNext);
		}

	}

}
