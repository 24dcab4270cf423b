package uk.trustboard.api.policy;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Step 1 of a publish, shared by trust policies and variants: write the next version document
 * before it goes live, and return the document now stored under its id. A document already
 * there cannot be live (the live number is lower): it was left by a publish that stopped or lost
 * a race. It is replaced only when it came from an older draft revision; one from the same
 * revision is this very publish, retried, and is kept.
 */
final class PendingVersions {

	private PendingVersions() {
	}

	static <T> T write(MongoTemplate mongo, T version, String id, long draftRevision, Class<T> type) {
		try {
			mongo.insert(version);
			return version;
		}
		catch (DuplicateKeyException ex) {
			var older = Query.query(Criteria.where("_id").is(id).and("draftRevision").lt(draftRevision));
			mongo.findAndReplace(older, version);
			return mongo.findById(id, type);
		}
	}

}
