package uk.trustboard.api.audit;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.security.TenantScope;

/** The append-only audit collection: this class inserts and reads, it never updates or deletes. */
@Repository
class AuditLog implements MongoIndexes {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "at", "id");

	private final MongoTemplate mongo;

	AuditLog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void append(AuditEntry entry) {
		this.mongo.insert(entry);
	}

	Window<AuditEntry> page(Paging paging, TenantScope scope) {
		var query = scope.trustQuery("trustId", new Criteria())
			.with(NEWEST_FIRST)
			.with(paging.position())
			.limit(paging.limit());
		return this.mongo.scroll(query, AuditEntry.class);
	}

	@Override
	public String collection() {
		return "audit_log";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("trustId", Sort.Direction.ASC)
			.on("at", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC)
			.named("trust_newest"));
	}

}
