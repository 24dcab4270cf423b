package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.config.OneReply;
import uk.trustboard.api.security.TenantScope;

@Repository
public class ReviewScheduleRepository implements MongoIndexes {

	/** Due date, then id: a total order that a review only moves an item forward in. */
	private static final Sort ORDER = Sort.by("nextDue", "id");

	private static final int MAX_ATTEMPTS = 10;

	private final MongoTemplate mongo;

	ReviewScheduleRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Schedules of these ids the caller may see; a trust policy's schedule only for trust-wide callers. */
	public List<ReviewSchedule> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(OneReply.of(scoped(scope, Criteria.where("_id").in(ids))), ReviewSchedule.class);
	}

	Optional<ReviewSchedule> findById(String id, TenantScope scope) {
		return Optional.ofNullable(this.mongo.findOne(scoped(scope, Criteria.where("_id").is(id)), ReviewSchedule.class));
	}

	/**
	 * Overdue (or, with due soon, within their warning window) as of a date, by due date and id,
	 * after a position: up to {@code limit} of them as read. {@link OverduePages} makes pages of them.
	 */
	Window<ReviewSchedule> overdue(ReviewQuery query, ScrollPosition after, int limit, TenantScope scope) {
		List<Criteria> conditions = new ArrayList<>();
		conditions.add(query.includeDueSoon() ? Criteria.where("warnFrom").lte(query.asOf())
				: Criteria.where("nextDue").lt(query.asOf()));
		if (query.schoolIds() != null && !query.schoolIds().isEmpty()) {
			conditions.add(Criteria.where("schoolId").in(query.schoolIds()));
		}
		if (query.updatedSince() != null) {
			conditions.add(Criteria.where("updatedAt").gte(query.updatedSince()));
		}
		var mongoQuery = scoped(scope, new Criteria().andOperator(conditions)).with(ORDER).with(after).limit(limit);
		return this.mongo.scroll(mongoQuery, ReviewSchedule.class);
	}

	/** Every scheduled review of one school, or of the whole trust (schoolId null), by due date. */
	List<ReviewSchedule> scheduled(String schoolId, TenantScope scope) {
		Criteria criteria = Criteria.where("nextDue").ne(null);
		if (schoolId != null) {
			criteria = criteria.and("schoolId").is(schoolId);
		}
		return this.mongo.find(OneReply.of(scoped(scope, criteria).with(ORDER)), ReviewSchedule.class);
	}

	/**
	 * A review moves the schedule on: its last review and next due date each to the later of the
	 * two, stamped {@code now}. One compare-and-set write, retried if another review got in
	 * between, so that two reviews recorded at once both count and the due date never goes back.
	 * Returns the schedule as stored.
	 */
	Optional<ReviewSchedule> reviewed(String id, LocalDate reviewedOn, LocalDate nextDue, Instant now, TenantScope scope) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			var current = findById(id, scope);
			if (current.isEmpty()) {
				return Optional.empty();
			}
			var moved = this.mongo.findAndModify(unchanged(current.get(), scope),
					movedOn(current.get(), reviewedOn, nextDue, now), FindAndModifyOptions.options().returnNew(true),
					ReviewSchedule.class);
			if (moved != null) {
				return Optional.of(moved);
			}
		}
		throw new ConcurrencyFailureException("Review schedule " + id + " kept changing while a review was recorded");
	}

	/** Whether the schedule already shows a review that moved it to these dates. */
	static boolean shows(ReviewSchedule schedule, LocalDate reviewedOn, LocalDate nextDue) {
		return schedule.lastReviewedOn() != null && !schedule.lastReviewedOn().isBefore(reviewedOn)
				&& schedule.nextDue() != null && !schedule.nextDue().isBefore(nextDue);
	}

	private static Query unchanged(ReviewSchedule schedule, TenantScope scope) {
		return scoped(scope, Criteria.where("_id").is(schedule.id()).and("updatedAt").is(schedule.updatedAt())
			.and("nextDue").is(schedule.nextDue()).and("lastReviewedOn").is(schedule.lastReviewedOn()));
	}

	private static Update movedOn(ReviewSchedule schedule, LocalDate reviewedOn, LocalDate nextDue, Instant now) {
		var update = new Update().set("lastReviewedOn", later(schedule.lastReviewedOn(), reviewedOn)).set("updatedAt", now);
		if (schedule.nextDue() == null || nextDue.isAfter(schedule.nextDue())) {
			update.set("nextDue", nextDue)
				.set("warnFrom", nextDue.minusDays(schedule.warningDays()))
				.set("dueSource", DueSource.LAST_REVIEW_PLUS_CYCLE);
		}
		return update;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return (a == null || b.isAfter(a)) ? b : a;
	}

	/** Creates the schedule unless one exists (a later publish never resets a schedule); true if it did. */
	boolean createIfAbsent(ReviewSchedule schedule) {
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(schedule.id())), ReviewSchedule.class)) {
			return false;
		}
		try {
			this.mongo.insert(schedule);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// created meanwhile by a concurrent publish: that one stands
			return false;
		}
	}

	/** Which of these ids have a schedule, in any trust: for {@link MissingSchedules}, which has no caller. */
	Set<String> existingIds(Collection<String> ids) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, collection())
			.stream()
			.map(document -> document.getString("_id"))
			.collect(Collectors.toSet());
	}

	/**
	 * Heads see their schools' schedules; the trust policy's schedule (no school) only trust-wide
	 * callers, who are the ones to review it.
	 */
	private static Query scoped(TenantScope scope, Criteria criteria) {
		return scope.wholeTrust() ? scope.trustQuery("trustId", criteria) : scope.schoolQuery("schoolId", criteria);
	}

	@Override
	public String collection() {
		return "review_schedules";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(
				new Index().on("trustId", Sort.Direction.ASC)
					.on("nextDue", Sort.Direction.ASC)
					.on("_id", Sort.Direction.ASC)
					.named("trust_due"),
				new Index().on("trustId", Sort.Direction.ASC).on("warnFrom", Sort.Direction.ASC).named("trust_warn"));
	}

}
