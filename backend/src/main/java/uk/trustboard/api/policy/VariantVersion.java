package uk.trustboard.api.policy;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One published version of a school's variant; never changed once its variant points at it.
 * {@code draftRevision} is the variant revision it was published from. {@code attempt} is the
 * number of the publish attempt that wrote it (see {@link PendingVersions}): a later attempt
 * replaces a version document that is not yet live, so a retry's kind and summary win.
 * {@code acknowledgementLine} is the number of the latest MAJOR version up to this one:
 * acknowledgements are kept per line, so a MINOR version carries them forward and a MAJOR one
 * starts a new line.
 */
@Document("variant_versions")
public record VariantVersion(@Id String id, String trustId, String schoolId, String variantId, String policyId,
		int number, PublicationKind kind, String summary, String publishedBy, Instant publishedAt, int baseVersion,
		VariantDetails details, List<VariantSection> sections, List<String> removedBaseKeys, long draftRevision,
		int acknowledgementLine, long attempt) implements VariantContent {

	/** A version written outside a publish (seed data, fixtures): attempt 0, before any publish attempt. */
	public VariantVersion(String id, String trustId, String schoolId, String variantId, String policyId, int number,
			PublicationKind kind, String summary, String publishedBy, Instant publishedAt, int baseVersion,
			VariantDetails details, List<VariantSection> sections, List<String> removedBaseKeys, long draftRevision,
			int acknowledgementLine) {
		this(id, trustId, schoolId, variantId, policyId, number, kind, summary, publishedBy, publishedAt, baseVersion,
				details, sections, removedBaseKeys, draftRevision, acknowledgementLine, 0);
	}

	public static String idOf(String variantId, int number) {
		return variantId + "-v" + number;
	}

}
