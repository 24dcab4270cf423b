package uk.trustboard.api.acknowledgement;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An acknowledgement as its counter sees it: whose it is, which line it belongs to, and the
 * start-date bucket it is counted in ({@code countedAs}), null while it does not count. See
 * {@link AcknowledgementCounters} for why the mark is kept on the ledger entry.
 */
@Document("acknowledgements")
record CountingMark(@Id String id, String trustId, String schoolId, String variantId, String personId, int line,
		String countedAs) {

	static final String FIELD = "countedAs";

	/** A newly stored acknowledgement: not counted yet. */
	static CountingMark uncounted(Acknowledgement acknowledgement) {
		return new CountingMark(acknowledgement.id(), acknowledgement.trustId(), acknowledgement.schoolId(),
				acknowledgement.variantId(), acknowledgement.personId(), acknowledgement.line(), null);
	}

	CountingMark countedAs(String startKey) {
		return new CountingMark(this.id, this.trustId, this.schoolId, this.variantId, this.personId, this.line, startKey);
	}

	String counterId() {
		return AcknowledgementCounter.idOf(this.variantId, this.line);
	}

}
