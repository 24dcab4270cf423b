package uk.trustboard.api.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.config.OneReply;

@Repository
class CalendarLinkRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	CalendarLinkRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void insert(CalendarLink link) {
		this.mongo.insert(link);
	}

	/** The link whose secret hashes to this, if any (an index lookup: a wrong secret costs one read). */
	Optional<CalendarLink> findBySecretHash(String secretHash) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where("secretHash").is(secretHash)), CalendarLink.class));
	}

	/** The links one caller made in its trust, newest first. */
	List<CalendarLink> findByMaker(String trustId, String createdBy) {
		var query = Query.query(Criteria.where("trustId").is(trustId).and("createdBy").is(createdBy))
			.with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"));
		return this.mongo.find(OneReply.of(query), CalendarLink.class);
	}

	/** Revokes the link if this caller made it and it is not revoked yet; returns it as stored. */
	Optional<CalendarLink> revoke(String id, String trustId, String createdBy, Instant now) {
		var query = Query.query(Criteria.where("_id").is(id).and("trustId").is(trustId).and("createdBy").is(createdBy));
		this.mongo.updateFirst(Query.of(query).addCriteria(Criteria.where("revokedAt").is(null)),
				new Update().set("revokedAt", now), CalendarLink.class);
		return Optional.ofNullable(this.mongo.findOne(query, CalendarLink.class));
	}

	@Override
	public String collection() {
		return "calendar_links";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("secretHash", Sort.Direction.ASC).unique().named("secret"),
				new Index().on("trustId", Sort.Direction.ASC)
					.on("createdBy", Sort.Direction.ASC)
					.on("createdAt", Sort.Direction.DESC)
					.named("trust_maker"));
	}

}
