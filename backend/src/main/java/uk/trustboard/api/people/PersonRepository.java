package uk.trustboard.api.people;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.security.TenantScope;

@Repository
public class PersonRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	PersonRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<Person> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(scope.schoolQuery("schoolIds", Criteria.where("_id").in(ids)), Person.class);
	}

	@Override
	public String collection() {
		return "people";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("schoolIds", Sort.Direction.ASC).named("school"));
	}

}
