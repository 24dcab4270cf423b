package uk.trustboard.api.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.school.SchoolDirectory;
import uk.trustboard.api.security.Caller;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/**
 * School heads create their school's variant of a trust policy and edit its draft. Each edit is
 * one conditional write of the variant document: it names the revision it was made on, and a
 * write in between makes it a CONCURRENT_CHANGE with the current state returned, never a silent
 * overwrite. Every input is checked before anything is written.
 */
@Service
class VariantDrafting {

	private final PolicyVariantRepository variants;

	private final TrustPolicyRepository policies;

	private final TrustPolicyVersionRepository versions;

	private final SchoolDirectory schools;

	private final Clock clock;

	VariantDrafting(PolicyVariantRepository variants, TrustPolicyRepository policies,
			TrustPolicyVersionRepository versions, SchoolDirectory schools, Clock clock) {
		this.variants = variants;
		this.policies = policies;
		this.versions = versions;
		this.schools = schools;
		this.clock = clock;
	}

	/** A new variant whose draft inherits every section of the trust's current version. */
	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	PolicyVariantPayload create(PolicyInputs.CreatePolicyVariant input) {
		Caller caller = Callers.current();
		TenantScope scope = caller.scope();
		var school = this.schools.school(input.schoolId());
		TrustPolicy policy = this.policies.findById(input.policyId(), scope)
			.orElseThrow(() -> new NotFoundException("policy", input.policyId()));
		TrustPolicyVersion base = version(policy.id(), policy.currentNumber(), scope);
		var details = new VariantDetails(policy.title(), null, null, null, null, null, null, null,
				policy.reviewCycleMonths(), null, null);
		var draft = new VariantDraft(policy.id(), base.number(), details,
				base.sections().stream().map(section -> VariantSection.inherited(section.key())).toList(), List.of(),
				List.of(), caller.subject(), this.clock.instant());
		var variant = new PolicyVariant(school.id() + "--" + policy.id(), school.trustId(), school.id(), policy.id(),
				null, draft, 0);
		try {
			this.variants.insert(variant);
		}
		catch (DuplicateKeyException ex) {
			return PolicyVariantPayload.refused(null, List.of(new UserError(List.of("input", "policyId"),
					UserErrorCode.ALREADY_EXISTS, school.name() + " already has a variant of " + policy.title())));
		}
		return PolicyVariantPayload.of(variant);
	}

	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	PolicyVariantPayload edit(PolicyInputs.EditVariantDraft input) {
		Caller caller = Callers.current();
		TenantScope scope = caller.scope();
		PolicyVariant variant = find(input.variantId(), scope);
		if (variant.revision() != input.expectedRevision()) {
			return conflict(variant, input.expectedRevision());
		}
		VariantDraft draft = draftOf(variant);
		List<UserError> errors = new ArrayList<>();
		VariantDetails details = new DetailEdits(draft.details(), errors).apply(input);
		var sections = new VariantSectionEdits(draft, version(draft.policyId(), draft.baseVersion(), scope))
			.apply((input.sectionChanges() != null) ? input.sectionChanges() : List.of());
		errors.addAll(sections.errors());
		if (!errors.isEmpty()) {
			return PolicyVariantPayload.refused(variant, errors);
		}
		var edited = draft.with(details, sections.sections(), sections.removed(), sections.conflicts(),
				caller.subject(), this.clock.instant());
		return save(variant, edited, input.expectedRevision(), scope);
	}

	/** Moves the draft onto the trust's current version and reports what both sides changed. */
	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	PolicyVariantPayload rebase(PolicyInputs.RebaseVariantDraft input) {
		TenantScope scope = Callers.scope();
		PolicyVariant variant = find(input.variantId(), scope);
		if (variant.revision() != input.expectedRevision()) {
			return conflict(variant, input.expectedRevision());
		}
		VariantDraft draft = draftOf(variant);
		TrustPolicy policy = this.policies.findById(variant.policyId(), scope)
			.orElseThrow(() -> new NotFoundException("policy", variant.policyId()));
		if (draft.baseVersion() >= policy.currentNumber()) {
			return PolicyVariantPayload.refused(variant, List.of(new UserError(List.of("input", "variantId"),
					UserErrorCode.NOTHING_TO_REBASE, "the draft is already based on the trust's current version")));
		}
		var rebased = Rebase.onto(draft, version(policy.id(), draft.baseVersion(), scope),
				version(policy.id(), policy.currentNumber(), scope));
		return save(variant, rebased, input.expectedRevision(), scope);
	}

	/**
	 * Throws the draft away; the live version stays and the next edit starts again from it. A
	 * variant never published keeps its draft: it is all the school has written.
	 */
	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	PolicyVariantPayload discard(PolicyInputs.DiscardVariantDraft input) {
		TenantScope scope = Callers.scope();
		PolicyVariant variant = find(input.variantId(), scope);
		if (variant.revision() != input.expectedRevision()) {
			return conflict(variant, input.expectedRevision());
		}
		if (variant.live() == null) {
			return PolicyVariantPayload.refused(variant, List.of(new UserError(List.of("input", "variantId"),
					UserErrorCode.NOT_PUBLISHED, "the variant has never been published: its draft is all there is")));
		}
		if (variant.draft() == null) {
			return PolicyVariantPayload.refused(variant, List.of(new UserError(List.of("input", "variantId"),
					UserErrorCode.NO_DRAFT, "there is no draft to discard")));
		}
		if (!this.variants.discardDraft(variant.id(), variant.revision(), scope)) {
			return conflict(find(variant.id(), scope), input.expectedRevision());
		}
		return PolicyVariantPayload.of(find(variant.id(), scope));
	}

	/** The draft, or a new one copied from the live version. */
	private static VariantDraft draftOf(PolicyVariant variant) {
		if (variant.draft() != null) {
			return variant.draft();
		}
		VariantVersion live = variant.live();
		return new VariantDraft(live.policyId(), live.baseVersion(), live.details(), live.sections(),
				live.removedBaseKeys(), List.of(), null, null);
	}

	private PolicyVariantPayload save(PolicyVariant variant, VariantDraft draft, int expected, TenantScope scope) {
		if (!this.variants.saveDraft(variant.id(), variant.revision(), draft, scope)) {
			return conflict(find(variant.id(), scope), expected);
		}
		return PolicyVariantPayload.of(find(variant.id(), scope));
	}

	private static PolicyVariantPayload conflict(PolicyVariant current, int expected) {
		return PolicyVariantPayload.refused(current, List.of(Revisions.conflict(current.revision(), expected)));
	}

	private TrustPolicyVersion version(String policyId, int number, TenantScope scope) {
		return this.versions.findAllById(List.of(TrustPolicyVersion.idOf(policyId, number)), scope)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Missing version " + number + " of " + policyId));
	}

	private PolicyVariant find(String id, TenantScope scope) {
		return this.variants.findById(id, scope).orElseThrow(() -> new NotFoundException("policy variant", id));
	}

	/** Applies the metadata fields of an edit; an omitted field is unchanged, null clears it. */
	private record DetailEdits(VariantDetails details, List<UserError> errors) {

		VariantDetails apply(PolicyInputs.EditVariantDraft input) {
			VariantDetails d = this.details;
			String title = text(input.title(), d.title(), "title", 300, true);
			Integer cycle = d.reviewCycleMonths();
			if (!input.reviewCycleMonths().isOmitted()) {
				cycle = input.reviewCycleMonths().value();
				if (cycle != null && (cycle < 1 || cycle > 60)) {
					this.errors.add(new UserError(List.of("input", "reviewCycleMonths"), UserErrorCode.INVALID_FORMAT,
							"reviewCycleMonths must be between 1 and 60"));
				}
			}
			return new VariantDetails(title, text(input.writtenBy(), d.writtenBy(), "writtenBy", 200, false),
					date(input.writtenOn(), d.writtenOn(), "writtenOn"),
					text(input.reviewedBy(), d.reviewedBy(), "reviewedBy", 200, false),
					date(input.reviewedOn(), d.reviewedOn(), "reviewedOn"),
					text(input.ratifiedBy(), d.ratifiedBy(), "ratifiedBy", 200, false),
					date(input.ratifiedOn(), d.ratifiedOn(), "ratifiedOn"),
					date(input.nextReviewDue(), d.nextReviewDue(), "nextReviewDue"), cycle,
					text(input.reviewStatement(), d.reviewStatement(), "reviewStatement", 2_000, false),
					d.sourceDocument());
		}

		private String text(ArgumentValue<String> value, String current, String field, int max, boolean required) {
			if (value.isOmitted()) {
				return current;
			}
			String text = (value.value() != null) ? value.value().strip() : null;
			if ((text == null || text.isEmpty()) && !required) {
				return null;
			}
			SectionChecks.text(text, max, List.of("input", field), this.errors);
			return text;
		}

		private DocumentDate date(ArgumentValue<String> value, DocumentDate current, String field) {
			if (value.isOmitted()) {
				return current;
			}
			if (value.value() == null || value.value().isBlank()) {
				return null;
			}
			try {
				return DocumentDate.parse(value.value().strip());
			}
			catch (IllegalArgumentException ex) {
				this.errors.add(new UserError(List.of("input", field), UserErrorCode.INVALID_FORMAT, ex.getMessage()));
				return current;
			}
		}

	}

}
