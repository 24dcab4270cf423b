package uk.trustboard.api.channel;

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
public class ChannelRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	ChannelRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<Channel> findBySchoolIds(Collection<String> schoolIds, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("schoolId").in(schoolIds)).with(Sort.by("platform", "id"));
		return this.mongo.find(query, Channel.class);
	}

	@Override
	public String collection() {
		return "channels";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("schoolId", Sort.Direction.ASC).named("school"));
	}

}
