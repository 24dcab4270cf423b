package uk.trustboard.api.policy;

import java.util.List;

/** What a draft and a published version of a variant both are: sections over one base version. */
public interface VariantContent {

	String policyId();

	int baseVersion();

	VariantDetails details();

	List<VariantSection> sections();

	/** Base section keys the school leaves out. */
	List<String> removedBaseKeys();

	default String baseVersionId() {
		return TrustPolicyVersion.idOf(policyId(), baseVersion());
	}

	/** How many sections differ from the base: replaced, removed or added. */
	default int driftedSectionCount() {
		int changed = (int) sections().stream()
			.filter(section -> section.disposition() != SectionDisposition.INHERITED)
			.count();
		return changed + removedBaseKeys().size();
	}

}
