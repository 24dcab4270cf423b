package uk.trustboard.api.policy;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.security.Caller;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/**
 * A head publishes their school's draft as a new immutable version. Two writes, each leaving a
 * consistent state if the process stops right after it:
 * <ol>
 * <li>the version document, numbered one above the live one. Until step 2 it is pending: readers
 * see the variant's live copy and only versions up to its number, so the previous version stays
 * live; a later publish replaces a pending document that came from an older draft revision, and
 * reuses one from the same revision (a retry of this very publish).</li>
 * <li>one atomic update of the variant document that copies the version in as live, clears the
 * draft and raises the revision, only if nobody wrote since the publish read it.</li>
 * </ol>
 */
@Service
class VariantPublishing {

	private final PolicyVariantRepository variants;

	private final VariantVersionRepository versions;

	private final Clock clock;

	private final java.util.List<PublicationListener> listeners;

	VariantPublishing(PolicyVariantRepository variants, VariantVersionRepository versions, Clock clock,
			java.util.List<PublicationListener> listeners) {
		this.variants = variants;
		this.versions = versions;
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
		int number = variant.liveNumber() + 1;
		var version = new VariantVersion(VariantVersion.idOf(variant.id(), number), variant.trustId(),
				variant.schoolId(), variant.id(), variant.policyId(), number, input.kind(), input.summary().strip(),
				caller.subject(), this.clock.instant(), draft.baseVersion(), draft.details(), draft.sections(),
				draft.removedBaseKeys(), variant.revision(),
				(input.kind() == PublicationKind.MAJOR || variant.live() == null) ? number
						: variant.live().acknowledgementLine());
		VariantVersion stored = publishStep1(version);
		if (!publishStep2(variant, stored, scope)) {
			PolicyVariant now = find(variant.id(), scope);
			return PolicyVariantPayload.refused(now, List.of(Revisions.conflict(now.revision(), input.expectedRevision())));
		}
		PolicyVariant live = find(variant.id(), scope);
		this.listeners.forEach(listener -> listener.variantPublished(live, stored));
		return PolicyVariantPayload.of(live);
	}

	/** Step 1: the pending version document (what is stored under its number afterwards). */
	VariantVersion publishStep1(VariantVersion version) {
		return this.versions.writePending(version);
	}

	/** Step 2: the one write that makes it live. */
	boolean publishStep2(PolicyVariant variant, VariantVersion version, TenantScope scope) {
		return this.variants.goLive(variant.id(), variant.revision(), version, scope);
	}

	private static PolicyVariantPayload refuse(PolicyVariant variant, UserErrorCode code, String message) {
		return PolicyVariantPayload.refused(variant, List.of(new UserError(List.of("input", "variantId"), code, message)));
	}

	private PolicyVariant find(String id, TenantScope scope) {
		return this.variants.findById(id, scope).orElseThrow(() -> new NotFoundException("policy variant", id));
	}

}
