package uk.trustboard.api.trust;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.config.OneReply;
import uk.trustboard.api.security.TenantScope;

@Repository
public class TrustRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	TrustRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<Trust> findById(String id, TenantScope scope) {
		return Optional.ofNullable(this.mongo.findOne(scope.trustQuery("_id", Criteria.where("_id").is(id)), Trust.class));
	}

	/** For work no caller asks for (counter upkeep, repair commands), which must name the trust itself. */
	public Optional<Trust> findForSystem(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Trust.class));
	}

	/** Changes a trust's acknowledgement rules in one write. */
	public void setAcknowledgementRules(String id, AcknowledgementRules rules) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("acknowledgements", rules), Trust.class);
	}

	public List<Trust> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(OneReply.of(scope.trustQuery("_id", Criteria.where("_id").in(ids))), Trust.class);
	}

	/** The trusts in scope: the caller's own. */
	List<Trust> findVisible(TenantScope scope) {
		return this.mongo.find(OneReply.of(scope.trustQuery("_id", new Criteria()).with(Sort.by("name"))), Trust.class);
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
