package uk.trustboard.api.school;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.graphql.Paging;

@Repository
public class SchoolRepository implements MongoIndexes {

	/** The order of every school list: name, then id to make it total. */
	private static final Sort ORDER = Sort.by("name", "id");

	private final MongoTemplate mongo;

	SchoolRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<School> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, School.class));
	}

	public List<School> findAllById(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), School.class);
	}

	/** One page of a trust's schools, keyset-paged on the index below. */
	public Window<School> page(String trustId, Paging paging) {
		var query = Query.query(Criteria.where("trustId").is(trustId))
			.with(ORDER)
			.with(paging.position())
			.limit(paging.limit());
		return this.mongo.scroll(query, School.class);
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
