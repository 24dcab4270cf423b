package uk.trustboard.api.policy;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.security.Caller;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/**
 * A head publishes their school's draft as a new immutable version. Three writes, each leaving a
 * consistent state if the process stops right after it:
 * <ol>
 * <li>a number for this attempt, from the variant's attempt counter (see {@link PendingVersions});
 * nothing a reader sees changes;</li>
 * <li>the version document, numbered one above the live one. Until step 3 it is pending: readers
 * see the variant's live copy and only versions up to its number, so the previous version stays
 * live. A later attempt (a retry of this publish, with its own kind and summary) replaces it;</li>
 * <li>one atomic update of the variant document that copies the version in as live, clears the
 * draft and raises the revision, only if nobody wrote since the publish read it and no later
 * attempt has started.</li>
 * </ol>
 * A draft moved onto a newer trust base across a MAJOR trust version is a real change for staff:
 * it can only be published as MAJOR, which starts a new acknowledgement line.
 */
@Service
class VariantPublishing {

	private final PolicyVariantRepository variants;

	private final VariantVersionRepository versions;

	private final TrustPolicyVersionRepository bases;

	private final Clock clock;

	private final List<PublicationListener> listeners;

	VariantPublishing(PolicyVariantRepository variants, VariantVersionRepository versions,
			TrustPolicyVersionRepository bases, Clock clock, List<PublicationListener> listeners) {
		this.variants = variants;
		this.versions = versions;
		this.bases = bases;
		this.clock = clock;
		this.listeners = listeners;
	}

	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	PolicyVariantPayload publish(PolicyInputs.PublishPolicyVariant input) {
		Caller caller = Callers.current();
		TenantScope scope = caller.scope();
		PolicyVariant variant = find(input.variantId(), scope);
		if (variant.revision() != input.expectedRevision()) {
			return PolicyVariantPayload.refused(variant,
					List.of(Revisions.conflict(variant.revision(), input.expectedRevision())));
		}
		VariantDraft draft = variant.draft();
		if (draft == null) {
			return refuse(variant, UserErrorCode.NO_DRAFT, "there is no draft to publish: edit the variant first");
		}
		if (!draft.conflicts().isEmpty()) {
			return refuse(variant, UserErrorCode.UNRESOLVED_CONFLICTS,
					draft.conflicts().size() + " section(s) changed by both the trust and the school need a decision: "
							+ draft.conflicts().stream().map(RebaseConflict::baseKey).toList());
		}
		UserError summary = Revisions.summary(input.summary());
		if (summary != null) {
			return PolicyVariantPayload.refused(variant, List.of(summary));
		}
		UserError kind = majorRequired(variant, draft, input.kind(), scope);
		if (kind != null) {
			return PolicyVariantPayload.refused(variant, List.of(kind));
		}
		OptionalLong attempt = claim(variant, scope);
		if (attempt.isEmpty()) {
			return lostRace(variant.id(), input.expectedRevision(), scope);
		}
		int number = variant.liveNumber() + 1;
		var version = new VariantVersion(VariantVersion.idOf(variant.id(), number), variant.trustId(),
				variant.schoolId(), variant.id(), variant.policyId(), number, input.kind(), input.summary().strip(),
				caller.subject(), this.clock.instant(), draft.baseVersion(), draft.details(), draft.sections(),
				draft.removedBaseKeys(), variant.revision(),
				(input.kind() == PublicationKind.MAJOR || variant.live() == null) ? number
						: variant.live().acknowledgementLine(),
				attempt.getAsLong());
		if (!publishStep1(version) || !publishStep2(variant, version, scope)) {
			return lostRace(variant.id(), input.expectedRevision(), scope);
		}
		PolicyVariant live = find(variant.id(), scope);
		this.listeners.forEach(listener -> listener.variantPublished(live, version));
		return PolicyVariantPayload.of(live);
	}

	/** The attempt's number; empty when the variant has moved on since the publish read it. */
	OptionalLong claim(PolicyVariant variant, TenantScope scope) {
		return this.variants.claimPublish(variant.id(), variant.revision(), scope);
	}

	/** Step 1: the pending version document; false when a later attempt's is there already. */
	boolean publishStep1(VariantVersion version) {
		return this.versions.writePending(version);
	}

	/** Step 2: the one write that makes it live. */
	boolean publishStep2(PolicyVariant variant, VariantVersion version, TenantScope scope) {
		return this.variants.goLive(variant.id(), variant.revision(), version, scope);
	}

	/**
	 * Staff acknowledge the school's variant, not the trust's version, so a MAJOR trust version
	 * reaches them only through the school's next publish: one that moves the live text onto a base
	 * past a MAJOR trust version may not be MINOR, which would carry the old acknowledgements over.
	 */
	private UserError majorRequired(PolicyVariant variant, VariantDraft draft, PublicationKind kind, TenantScope scope) {
		VariantVersion live = variant.live();
		if (kind != PublicationKind.MINOR || live == null || draft.baseVersion() <= live.baseVersion()) {
			return null;
		}
		return this.bases.findByPolicyIds(List.of(variant.policyId()), scope)
			.stream()
			.filter(base -> base.number() > live.baseVersion() && base.number() <= draft.baseVersion())
			.filter(base -> base.kind() == PublicationKind.MAJOR)
			.min(Comparator.comparingInt(TrustPolicyVersion::number))
			.map(base -> new UserError(List.of("input", "kind"), UserErrorCode.MAJOR_REQUIRED,
					"The draft is based on the trust's " + base.label() + ", a MAJOR version the live version predates: "
							+ "staff must acknowledge it again, so publish it as MAJOR"))
			.orElse(null);
	}

	private PolicyVariantPayload lostRace(String variantId, int expected, TenantScope scope) {
		PolicyVariant now = find(variantId, scope);
		return PolicyVariantPayload.refused(now, List.of(Revisions.conflict(now.revision(), expected)));
	}

	private static PolicyVariantPayload refuse(PolicyVariant variant, UserErrorCode code, String message) {
		return PolicyVariantPayload.refused(variant, List.of(new UserError(List.of("input", "variantId"), code, message)));
	}

	private PolicyVariant find(String id, TenantScope scope) {
		return this.variants.findById(id, scope).orElseThrow(() -> new NotFoundException("policy variant", id));
	}

}
