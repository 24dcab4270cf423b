package uk.trustboard.api.acknowledgement;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import uk.trustboard.api.policy.PolicyVariant;

/**
 * How many people who must acknowledge a school's policy have acknowledged its current line.
 * Kept up to date by single-document {@code $inc} writes with each acknowledgement and each
 * change to a person, so that counts never need the ledger; {@link AcknowledgementCounters#repair}
 * recomputes them from it.
 */
@Document("acknowledgement_counters")
public record AcknowledgementCounter(@Id String id, String trustId, String schoolId, String variantId, int line,
		long acknowledged) {

	static String idOf(String variantId, int line) {
		return variantId + ":" + line;
	}

	/** The counter of a published variant's current acknowledgement line. */
	static String currentOf(PolicyVariant variant) {
		return idOf(variant.id(), variant.live().acknowledgementLine());
	}

}
