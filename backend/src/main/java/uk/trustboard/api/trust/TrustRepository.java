package uk.trustboard.api.trust;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;

@Repository
public class TrustRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	TrustRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<Trust> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Trust.class));
	}

	public List<Trust> findAllById(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Trust.class);
	}

	List<Trust> findAll() {
		return this.mongo.find(new Query().with(Sort.by("name")), Trust.class);
	}

	@Override
	public String collection() {
		return "trusts";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of();
	}

}
