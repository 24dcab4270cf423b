package uk.trustboard.api.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyVersion;

/**
 * Makes the review schedules a stopped process left unmade. A publish makes its version live and
 * only then tells {@link ReviewSchedules}; a process that stops in between leaves a published
 * policy with no schedule (its {@code review} null, and absent from every overdue list). At
 * start-up, before any request is served, each such policy gets the schedule its publication
 * would have made. Creating one only if absent makes this safe beside other instances that are
 * publishing at the same moment: both would make the same schedule, and the first one stands.
 */
@Component
class MissingSchedules implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(MissingSchedules.class);

	private final MongoTemplate mongo;

	private final ReviewScheduleRepository schedules;

	private final Clock clock;

	MissingSchedules(MongoTemplate mongo, ReviewScheduleRepository schedules, Clock clock) {
		this.mongo = mongo;
		this.schedules = schedules;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int made = createMissing(null);
		if (made > 0) {
			logger.warn("Made {} review schedule(s) for policies published by a process that stopped before scheduling "
					+ "their review", made);
		}
	}

	/**
	 * Makes the missing schedules of one trust's policies, or of every trust's.
	 *
	 * @param trustId the trust, or null for every trust
	 * @return how many it made
	 */
	int createMissing(String trustId) {
		List<String> variantIds = publishedIds(PolicyVariant.class, Criteria.where("live").ne(null), trustId);
		List<String> policyIds = publishedIds(TrustPolicy.class, Criteria.where("currentNumber").gt(0), trustId);
		List<String> published = new ArrayList<>(variantIds);
		published.addAll(policyIds);
		Set<String> scheduled = this.schedules.existingIds(published);
		int made = 0;
		for (String id : variantIds) {
			if (!scheduled.contains(id)) {
				PolicyVariant variant = this.mongo.findById(id, PolicyVariant.class);
				made += create(ReviewSchedules.firstFor(variant, variant.live()));
			}
		}
		for (String id : policyIds) {
			if (!scheduled.contains(id)) {
				TrustPolicy policy = this.mongo.findById(id, TrustPolicy.class);
				var current = this.mongo.findById(policy.currentVersionId(), TrustPolicyVersion.class);
				made += (current != null) ? create(ReviewSchedules.firstFor(policy, current)) : 0;
			}
		}
		return made;
	}

	private int create(ReviewSchedule schedule) {
		return this.schedules.createIfAbsent(schedule.writtenAt(this.clock.instant())) ? 1 : 0;
	}

	private List<String> publishedIds(Class<?> type, Criteria published, String trustId) {
		Query query = Query.query((trustId == null) ? published
				: new Criteria().andOperator(Criteria.where("trustId").is(trustId), published));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, this.mongo.getCollectionName(type))
			.stream()
			.map(document -> document.getString("_id"))
			.toList();
	}

}
