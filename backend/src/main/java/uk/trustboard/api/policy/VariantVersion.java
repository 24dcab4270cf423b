package uk.trustboard.api.policy;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One published version of a school's variant; never changed once its variant points at it.
 * {@code draftRevision} is the variant revision it was published from, which tells a retried
 * publish its own earlier write from someone else's. {@code acknowledgementLine} is the number of
 * the latest MAJOR version up to this one: acknowledgements are kept per line, so a MINOR version
 * carries them forward and a MAJOR one starts a new line.
 */
@Document("variant_versions")
public record VariantVersion(@Id String id, String trustId, String schoolId, String variantId, String policyId,
		int number, PublicationKind kind, String summary, String publishedBy, Instant publishedAt, int baseVersion,
		VariantDetails details, List<VariantSection> sections, List<String> removedBaseKeys, long draftRevision,
		int acknowledgementLine) implements VariantContent {

	public static String idOf(String variantId, int number) {
		return variantId + "-v" + number;
	}

}
