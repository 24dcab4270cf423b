package uk.trustboard.api.policy;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.BadRequestException;
import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.security.Callers;

/** Section-level diffs of a variant: between two published versions, and against its base. */
@Service
class VariantComparison {

	private final PolicyVariantRepository variants;

	private final VariantVersionRepository versions;

	private final TrustPolicyVersionRepository bases;

	VariantComparison(PolicyVariantRepository variants, VariantVersionRepository versions,
			TrustPolicyVersionRepository bases) {
		this.variants = variants;
		this.versions = versions;
		this.bases = bases;
	}

	@PreAuthorize("hasAuthority('READ_DIRECTORY')")
	List<SectionChange> betweenVersions(String variantId, int from, int to) {
		TenantScope scope = Callers.scope();
		PolicyVariant variant = find(variantId, scope);
		VariantVersion before = published(variant, from, "fromVersion", scope);
		VariantVersion after = published(variant, to, "toVersion", scope);
		return SectionDiff.between(VariantReading.sections(before, base(before, scope)),
				VariantReading.sections(after, base(after, scope)));
	}

	/** The given published version (default: the live one) against the trust version it was based on. */
	@PreAuthorize("hasAuthority('READ_DIRECTORY')")
	List<SectionChange> againstBase(String variantId, Integer number) {
		TenantScope scope = Callers.scope();
		PolicyVariant variant = find(variantId, scope);
		if (variant.live() == null) {
			throw new BadRequestException("Variant '" + variantId + "' has no published version yet");
		}
		VariantVersion version = published(variant, (number != null) ? number : variant.liveNumber(), "version", scope);
		return SectionDiff.againstBase(version, base(version, scope));
	}

	private VariantVersion published(PolicyVariant variant, int number, String argument, TenantScope scope) {
		if (number < 1 || number > variant.liveNumber()) {
			throw new BadRequestException(argument + " must be a published version, 1 to " + variant.liveNumber()
					+ "; was " + number);
		}
		return this.versions.findAllById(List.of(VariantVersion.idOf(variant.id(), number)), scope)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Missing version " + number + " of " + variant.id()));
	}

	private TrustPolicyVersion base(VariantContent content, TenantScope scope) {
		return this.bases.findAllById(List.of(content.baseVersionId()), scope)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Missing base " + content.baseVersionId()));
	}

	private PolicyVariant find(String id, TenantScope scope) {
		return this.variants.findById(id, scope).orElseThrow(() -> new NotFoundException("policy variant", id));
	}

}
