package uk.trustboard.api.policy;

import java.util.OptionalLong;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The attempt counter and step 1 of a publish, shared by trust policies and variants.
 * <p>
 * Each publish attempt first takes a number: one atomic {@code $inc} of {@link #ATTEMPTS} on the
 * policy or variant document, only while it is at the revision the attempt read. It then writes
 * the next version document with that number. A document already under that id cannot be live
 * (the live number is lower): an attempt that stopped or lost a race left it. It is replaced only
 * by a later attempt, so a retry's kind and summary win over those of an attempt that died. The
 * final write (the pointer) succeeds only while the counter still holds the attempt's number.
 * <p>
 * Why a live version's document cannot change afterwards: any attempt that could still write it
 * took its number before the winner's, since a later one would have moved the counter and failed
 * the winner's final write; and an earlier number never replaces a later one's document.
 */
final class PendingVersions {

	/** The counter's field on a policy or variant document; only these writes touch it. */
	static final String ATTEMPTS = "publishAttempts";

	private PendingVersions() {
	}

	/** The next attempt number, if the document is still at the revision {@code atRevision} names. */
	static OptionalLong claim(MongoTemplate mongo, Query atRevision, String collection) {
		atRevision.fields().include(ATTEMPTS);
		Document claimed = mongo.findAndModify(atRevision, new Update().inc(ATTEMPTS, 1),
				FindAndModifyOptions.options().returnNew(true), Document.class, collection);
		return (claimed != null) ? OptionalLong.of(((Number) claimed.get(ATTEMPTS)).longValue()) : OptionalLong.empty();
	}

	/** Whether the pointer may still move for this attempt: no later attempt has started. */
	static Criteria stillOurs(long attempt) {
		return Criteria.where(ATTEMPTS).is(attempt);
	}

	/**
	 * Writes the version document of an attempt; false when a later attempt's document is
	 * already there (this attempt has lost, and its final write would fail anyway).
	 */
	static <T> boolean write(MongoTemplate mongo, T version, String id, long attempt) {
		try {
			mongo.insert(version);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// documents written before attempts were numbered have no number: any attempt replaces them
			var earlier = Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), new Criteria()
				.orOperator(Criteria.where("attempt").lt(attempt), Criteria.where("attempt").exists(false))));
			return mongo.findAndReplace(earlier, version) != null;
		}
	}

}
