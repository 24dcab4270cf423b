package uk.trustboard.api.acknowledgement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.trust.AcknowledgementRules;

/**
 * Who has acknowledged a school's live policy, as of a date. {@code acknowledged} comes from the
 * counter; {@code required} and {@code overdue} from the people who must acknowledge and the
 * line's {@code acknowledgedBy}; {@code lineStart} (null when unknown) is when the line was published.
 */
record AcknowledgementStatus(PolicyVariant variant, int versionNumber, int line, long required, long acknowledged,
		long overdue, LocalDate asOf, AcknowledgementRules rules, List<String> acknowledgedBy, Instant lineStart) {

	public long outstanding() {
		return Math.max(0, this.required - this.acknowledged);
	}

}
