package uk.trustboard.api.policy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
import uk.trustboard.api.security.TenantScope;

@Repository
public class TrustPolicyRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	TrustPolicyRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<TrustPolicy> findByTrustIds(Collection<String> trustIds, TenantScope scope) {
		var query = scope.trustQuery("trustId", Criteria.where("trustId").in(trustIds)).with(Sort.by("title", "id"));
		return this.mongo.find(OneReply.of(query), TrustPolicy.class);
	}

	Optional<TrustPolicy> findById(String id, TenantScope scope) {
		return Optional.ofNullable(this.mongo.findOne(scope.trustQuery("trustId", Criteria.where("_id").is(id)),
				TrustPolicy.class));
	}

	/** Stores a new draft if nobody wrote since {@code expectedRevision}; false when someone did. */
	boolean saveDraft(String id, long expectedRevision, TrustPolicyDraft draft, TenantScope scope) {
		return update(id, expectedRevision, new Update().set("draft", draft), scope);
	}

	/** Numbers a publish attempt, if nobody wrote since {@code expectedRevision}: see {@link PendingVersions}. */
	OptionalLong claimPublish(String id, long expectedRevision, TenantScope scope) {
		return PendingVersions.claim(this.mongo, atRevision(id, expectedRevision, scope), collection());
	}

	/**
	 * Makes a published version current and clears the draft, in one write, if nobody wrote in
	 * between and no later publish attempt has started.
	 */
	boolean goLive(String id, long expectedRevision, TrustPolicyVersion version, TenantScope scope) {
		var query = atRevision(id, expectedRevision, scope).addCriteria(PendingVersions.stillOurs(version.attempt()));
		var update = new Update().set("currentNumber", version.number()).unset("draft").inc("revision", 1);
		return this.mongo.updateFirst(query, update, TrustPolicy.class).getModifiedCount() == 1;
	}

	private boolean update(String id, long expectedRevision, Update update, TenantScope scope) {
		return this.mongo.updateFirst(atRevision(id, expectedRevision, scope), update.inc("revision", 1), TrustPolicy.class)
			.getModifiedCount() == 1;
	}

	private static Query atRevision(String id, long expectedRevision, TenantScope scope) {
		return scope.trustQuery("trustId", Criteria.where("_id").is(id).and("revision").is(expectedRevision));
	}

	List<TrustPolicy> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(OneReply.of(scope.trustQuery("trustId", Criteria.where("_id").in(ids))), TrustPolicy.class);
	}

	@Override
	public String collection() {
		return "policies";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("trustId", Sort.Direction.ASC).named("trust"));
	}

}
