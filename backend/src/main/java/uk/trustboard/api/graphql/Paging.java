package uk.trustboard.api.graphql;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.query.ScrollSubrange;

/** The rules every connection shares: forward paging only, {@code first} required and capped. */
public record Paging(ScrollPosition position, int limit) {

	public static final int MAX_PAGE_SIZE = 100;

	public static Paging of(ScrollSubrange subrange) {
		if (!subrange.forward()) {
			throw new BadRequestException("Only forward paging (first/after) is supported");
		}
		// first is Int! in the schema, so no count means one below zero, which Spring's subrange drops
		int count = subrange.count()
			.orElseThrow(() -> new BadRequestException(
					"'first' must be between 1 and " + MAX_PAGE_SIZE + ", was below zero"));
		if (count < 1 || count > MAX_PAGE_SIZE) {
			throw new BadRequestException("'first' must be between 1 and " + MAX_PAGE_SIZE + ", was " + count);
		}
		return new Paging(subrange.position().orElse(ScrollPosition.keyset()), count);
	}

}
