package uk.trustboard.api.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.config.OneReply;
import uk.trustboard.api.security.TenantScope;

/** The history of reviews: appended to, never changed. */
@Repository
class ReviewRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	ReviewRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** False when this very review is already recorded (a retried call). */
	boolean insert(Review review) {
		try {
			this.mongo.insert(review);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<Review> findById(String id, TenantScope scope) {
		return Optional.ofNullable(this.mongo.findOne(scoped(scope, Criteria.where("_id").is(id)), Review.class));
	}

	List<Review> findByScheduleIds(Collection<String> scheduleIds, TenantScope scope) {
		Query query = scoped(scope, Criteria.where("scheduleId").in(scheduleIds));
		return this.mongo.find(OneReply.of(query.with(Sort.by(Sort.Direction.DESC, "reviewedOn", "recordedAt"))), Review.class);
	}

	private static Query scoped(TenantScope scope, Criteria criteria) {
		return scope.wholeTrust() ? scope.trustQuery("trustId", criteria) : scope.schoolQuery("schoolId", criteria);
	}

	@Override
	public String collection() {
		return "reviews";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("scheduleId", Sort.Direction.ASC).named("schedule"));
	}

}
