package uk.trustboard.api.policy;

import java.time.Instant;
import java.util.List;

/** A head's working copy of a variant, kept inside the variant document so each edit is one atomic write. */
public record VariantDraft(String policyId, int baseVersion, VariantDetails details, List<VariantSection> sections,
		List<String> removedBaseKeys, List<RebaseConflict> conflicts, String editedBy, Instant editedAt)
		implements VariantContent {

	VariantDraft with(VariantDetails details, List<VariantSection> sections, List<String> removedBaseKeys,
			List<RebaseConflict> conflicts, String editedBy, Instant editedAt) {
		return new VariantDraft(this.policyId, this.baseVersion, details, sections, removedBaseKeys, conflicts,
				editedBy, editedAt);
	}

}
