package uk.trustboard.api.config;

import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads whose whole result should come back in one reply. Without a batch size MongoDB answers a
 * find or aggregate with at most 101 documents and sends the rest through {@code getMore} round
 * trips, so a read "for every school at once" would cost more round trips as a trust grows. With
 * this batch size the first reply carries everything up to MongoDB's 16 MiB reply limit.
 */
public final class OneReply {

	/** Large enough never to be the limit; a reply is bounded by 16 MiB in any case. */
	public static final int BATCH_SIZE = Integer.MAX_VALUE;

	private OneReply() {
	}

	/** The query, asking for its whole result in the first reply. */
	public static Query of(Query query) {
		return query.cursorBatchSize(BATCH_SIZE);
	}

}
