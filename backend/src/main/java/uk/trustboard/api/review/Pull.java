package uk.trustboard.api.review;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

import uk.trustboard.api.graphql.BadRequestException;

/**
 * One pass through the overdue list, from its first page on: what its cursors carry besides the
 * position (due date and id). {@code seq} counts the items the pass had returned up to the
 * cursor, so that {@link OverduePages} can tell an item it returned before from one it has not.
 *
 * @param id random, so that one pass cannot name another's
 * @param startedAt when the first page was read: the pass's cursors work for {@link #LIFETIME}
 * @param seq the number of the last item returned up to the cursor (-1 before the first)
 * @param position the due date and id to go on after
 */
record Pull(String id, Instant startedAt, long seq, ScrollPosition position) {

	static final Duration LIFETIME = Duration.ofHours(24);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

	/** The pass a cursor continues, or a new one for a first page (or a cursor from before passes). */
	static Pull of(ScrollPosition position, Instant now) {
		if (!(position instanceof KeysetScrollPosition keyset) || keyset.isInitial()) {
			return new Pull(newId(), now, -1, ScrollPosition.keyset());
		}
		Map<String, Object> keys = keyset.getKeys();
		if (!(keys.get("nextDue") instanceof LocalDate due) || !(keys.get("id") instanceof String scheduleId)) {
			throw invalid("not a cursor of overdue reviews");
		}
		ScrollPosition after = ScrollPosition.forward(positionKeys(due, scheduleId));
		if (!keys.containsKey("pull")) {
			return new Pull(newId(), now, -1, after);
		}
		if (!(keys.get("pull") instanceof String id) || !ID.matcher(id).matches()
				|| !(keys.get("pullStarted") instanceof Instant started) || !(keys.get("seq") instanceof Long seq)) {
			throw invalid("altered");
		}
		if (now.isAfter(started.plus(LIFETIME))) {
			throw new BadRequestException("This cursor is from a pass through the list that began more than 24 hours "
					+ "ago: start again from the first page (without after)");
		}
		return new Pull(id, started, seq, after);
	}

	/** The cursor after the {@code index}th item this page returns. */
	ScrollPosition after(ReviewSchedule schedule, int index) {
		Map<String, Object> keys = positionKeys(schedule.nextDue(), schedule.id());
		keys.put("pull", this.id);
		keys.put("pullStarted", this.startedAt);
		keys.put("seq", this.seq + 1 + index);
		return ScrollPosition.forward(keys);
	}

	/** The same pass, going on after this position without having returned anything more. */
	Pull goingOnAfter(ReviewSchedule schedule) {
		return new Pull(this.id, this.startedAt, this.seq, ScrollPosition.forward(positionKeys(schedule.nextDue(),
				schedule.id())));
	}

	/** Until when the pass must remember what it returned: its cursors' lifetime, and an hour to spare. */
	Instant rememberedUntil() {
		return this.startedAt.plus(LIFETIME).plus(Duration.ofHours(1));
	}

	private static Map<String, Object> positionKeys(LocalDate due, String scheduleId) {
		Map<String, Object> keys = new LinkedHashMap<>();
		keys.put("nextDue", due);
		keys.put("id", scheduleId);
		return keys;
	}

	private static String newId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static BadRequestException invalid(String reason) {
		return new BadRequestException("Invalid cursor (" + reason + "): pass an endCursor exactly as a previous page "
				+ "returned it");
	}

}
