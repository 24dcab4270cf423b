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
public class PolicyVariantRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	PolicyVariantRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<PolicyVariant> findBySchoolIds(Collection<String> schoolIds, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("schoolId").in(schoolIds)).with(Sort.by("id"));
		return this.mongo.find(OneReply.of(query), PolicyVariant.class);
	}

	/**
	 * The variants of these schools without their text (headings, bodies, rules, details): what
	 * the dashboard reads. A variant is then a few hundred bytes whatever the length of its policy,
	 * so one reply of at most 16 MiB carries thousands of schools' variants.
	 */
	public List<PolicyVariant> findOutlinesBySchoolIds(Collection<String> schoolIds, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("schoolId").in(schoolIds)).with(Sort.by("id"));
		for (String version : List.of("live", "draft")) {
			query.fields()
				.exclude(version + ".details")
				.exclude(version + ".summary")
				.exclude(version + ".sections.heading")
				.exclude(version + ".sections.body")
				.exclude(version + ".sections.rules");
		}
		return this.mongo.find(OneReply.of(query), PolicyVariant.class);
	}

	public Optional<PolicyVariant> findById(String id, TenantScope scope) {
		return Optional.ofNullable(this.mongo.findOne(scope.schoolQuery("schoolId", Criteria.where("_id").is(id)),
				PolicyVariant.class));
	}

	/** Fails with a duplicate key when the school already adapts this policy (the unique index below). */
	void insert(PolicyVariant variant) {
		this.mongo.insert(variant);
	}

	/** Stores a new draft if nobody wrote since {@code expectedRevision}; false when someone did. */
	boolean saveDraft(String id, long expectedRevision, VariantDraft draft, TenantScope scope) {
		return update(id, expectedRevision, new Update().set("draft", draft), scope);
	}

	/** Drops the draft, leaving the live version as it is, if nobody wrote in between. */
	boolean discardDraft(String id, long expectedRevision, TenantScope scope) {
		return update(id, expectedRevision, new Update().unset("draft"), scope);
	}

	/** Numbers a publish attempt, if nobody wrote since {@code expectedRevision}: see {@link PendingVersions}. */
	OptionalLong claimPublish(String id, long expectedRevision, TenantScope scope) {
		return PendingVersions.claim(this.mongo, atRevision(id, expectedRevision, scope), collection());
	}

	/**
	 * Makes a published version live and clears the draft, in one write, if nobody wrote in
	 * between and no later publish attempt has started.
	 */
	boolean goLive(String id, long expectedRevision, VariantVersion version, TenantScope scope) {
		var query = atRevision(id, expectedRevision, scope).addCriteria(PendingVersions.stillOurs(version.attempt()));
		var update = new Update().set("live", version).unset("draft").inc("revision", 1);
		return this.mongo.updateFirst(query, update, PolicyVariant.class).getModifiedCount() == 1;
	}

	private boolean update(String id, long expectedRevision, Update update, TenantScope scope) {
		return this.mongo.updateFirst(atRevision(id, expectedRevision, scope), update.inc("revision", 1), PolicyVariant.class)
			.getModifiedCount() == 1;
	}

	private static Query atRevision(String id, long expectedRevision, TenantScope scope) {
		return scope.schoolQuery("schoolId", Criteria.where("_id").is(id).and("revision").is(expectedRevision));
	}

	@Override
	public String collection() {
		return "variants";
	}

	@Override
	public List<IndexDefinition> indexes() {
		// a school adapts each trust policy once
		return List.of(new Index().on("schoolId", Sort.Direction.ASC)
			.on("policyId", Sort.Direction.ASC)
			.unique()
			.named("school_policy"));
	}

}
