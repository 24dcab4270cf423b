package uk.trustboard.api.policy;

import uk.trustboard.api.common.DocumentDate;

/** A variant's own metadata: title, and who wrote, reviewed and ratified it, and when. */
public record VariantDetails(String title, String writtenBy, DocumentDate writtenOn, String reviewedBy,
		DocumentDate reviewedOn, String ratifiedBy, DocumentDate ratifiedOn, DocumentDate nextReviewDue,
		Integer reviewCycleMonths, String reviewStatement, String sourceDocument) {
}
