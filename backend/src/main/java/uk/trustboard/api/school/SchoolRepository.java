package uk.trustboard.api.school;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.security.TenantScope;

@Repository
public class SchoolRepository implements MongoIndexes {

	/** The order of every school list: name, then id to make it total. */
	private static final Sort ORDER = Sort.by("name", "id");

	private final MongoTemplate mongo;

	SchoolRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<School> findById(String id, TenantScope scope) {
		return Optional.ofNullable(this.mongo.findOne(scope.schoolQuery("_id", Criteria.where("_id").is(id)), School.class));
	}

	public List<School> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(OneReply.of(scope.schoolQuery("_id", Criteria.where("_id").in(ids))), School.class);
	}

	/** Every school of a trust in scope, by name: for views that cover them all at once (the dashboard). */
	public List<School> findByTrust(String trustId, TenantScope scope) {
		return this.mongo.find(OneReply.of(scope.schoolQuery("_id", Criteria.where("trustId").is(trustId)).with(ORDER)), School.class);
	}

	/** One page of a trust's schools in scope, keyset-paged on the index below. */
	public Window<School> page(String trustId, Paging paging, TenantScope scope) {
		var query = scope.schoolQuery("_id", Criteria.where("trustId").is(trustId))
			.with(ORDER)
			.with(paging.position())
			.limit(paging.limit());
		return this.mongo.scroll(query, School.class);
	}

	/** Sets (or, for null values, unsets) fields of one school in scope in one atomic write; returns it as stored. */
	Optional<School> updateDetails(String id, Map<String, String> changes, TenantScope scope) {
		Update update = new Update();
		changes.forEach((field, value) -> {
			if (value == null) {
				update.unset(field);
			}
			else {
				update.set(field, value);
			}
		});
		return Optional.ofNullable(this.mongo.findAndModify(scope.schoolQuery("_id", Criteria.where("_id").is(id)),
				update, FindAndModifyOptions.options().returnNew(true), School.class));
	}

	@Override
	public String collection() {
		return "schools";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("trustId", Sort.Direction.ASC)
			.on("name", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC)
			.named("trust_name_id"));
	}

}
