package uk.trustboard.api.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.security.Caller;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/**
 * Trust executives draft and publish versions of their trust's policies. Publishing takes three
 * writes, each leaving a consistent state if the process stops right after it:
 * <ol>
 * <li>a number for this attempt, from the policy's attempt counter (see {@link PendingVersions});
 * nothing a reader sees changes;</li>
 * <li>the new version document, numbered one above the current: until step 3 it is pending,
 * invisible to readers (they follow the policy's current number), and a later attempt (a retry,
 * with its own kind and summary) replaces it;</li>
 * <li>one atomic update of the policy document that moves its current number and clears the
 * draft, only if the policy is still at the revision the publish started from and no later
 * attempt has started.</li>
 * </ol>
 * So there is never a moment without a current version, nor a half-published one.
 */
@Service
class TrustPolicyPublishing {

	private static final Pattern LABEL = Pattern.compile("V(\\d+)\\.(\\d+)");

	private final TrustPolicyRepository policies;

	private final TrustPolicyVersionRepository versions;

	private final Clock clock;

	private final List<PublicationListener> listeners;

	TrustPolicyPublishing(TrustPolicyRepository policies, TrustPolicyVersionRepository versions, Clock clock,
			List<PublicationListener> listeners) {
		this.policies = policies;
		this.versions = versions;
		this.clock = clock;
		this.listeners = listeners;
	}

	@PreAuthorize("hasAuthority('MANAGE_TRUST_POLICY')")
	TrustPolicyPayload editDraft(PolicyInputs.EditTrustPolicyDraft input) {
		Caller caller = Callers.current();
		TenantScope scope = caller.scope();
		TrustPolicy policy = find(input.policyId(), scope);
		if (policy.revision() != input.expectedRevision()) {
			return TrustPolicyPayload.refused(policy, List.of(Revisions.conflict(policy.revision(), input.expectedRevision())));
		}
		TrustPolicyDraft draft = (policy.draft() != null) ? policy.draft() : startFromCurrent(policy, scope);
		List<UserError> errors = new ArrayList<>();
		String title = draft.title();
		if (!input.title().isOmitted()) {
			SectionChecks.text(input.title().value(), 300, List.of("input", "title"), errors);
			title = (input.title().value() != null) ? input.title().value().strip() : null;
		}
		List<PolicySection> sections = draft.sections();
		if (input.sections() != null) {
			sections = checkedSections(input.sections(), errors);
		}
		if (!errors.isEmpty()) {
			return TrustPolicyPayload.refused(policy, errors);
		}
		var edited = new TrustPolicyDraft(title, sections, caller.subject(), this.clock.instant());
		if (!this.policies.saveDraft(policy.id(), policy.revision(), edited, scope)) {
			return lostRace(input.policyId(), input.expectedRevision(), scope);
		}
		return TrustPolicyPayload.of(find(policy.id(), scope));
	}

	@PreAuthorize("hasAuthority('MANAGE_TRUST_POLICY')")
	TrustPolicyPayload publish(PolicyInputs.PublishTrustPolicy input) {
		Caller caller = Callers.current();
		TenantScope scope = caller.scope();
		TrustPolicy policy = find(input.policyId(), scope);
		if (policy.revision() != input.expectedRevision()) {
			return TrustPolicyPayload.refused(policy, List.of(Revisions.conflict(policy.revision(), input.expectedRevision())));
		}
		if (policy.draft() == null) {
			return TrustPolicyPayload.refused(policy, List.of(new UserError(List.of("input", "policyId"),
					UserErrorCode.NO_DRAFT, "there is no draft to publish: edit the policy first")));
		}
		UserError summary = Revisions.summary(input.summary());
		if (summary != null) {
			return TrustPolicyPayload.refused(policy, List.of(summary));
		}
		OptionalLong attempt = this.policies.claimPublish(policy.id(), policy.revision(), scope);
		if (attempt.isEmpty()) {
			return lostRace(input.policyId(), input.expectedRevision(), scope);
		}
		TrustPolicyVersion current = current(policy, scope);
		int number = policy.currentNumber() + 1;
		var version = new TrustPolicyVersion(TrustPolicyVersion.idOf(policy.id(), number), policy.trustId(), policy.id(),
				number, nextLabel(current, input.kind(), number), policy.draft().title(),
				(current != null) ? current.policyType() : null, caller.subject(),
				(current != null) ? current.approvalLevel() : null,
				new DocumentDate(this.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate(), DocumentDate.Precision.DAY),
				policy.draft().sections(), input.kind(), input.summary().strip(), caller.subject(), this.clock.instant(),
				policy.revision(), attempt.getAsLong());
		if (!this.versions.writePending(version) || !this.policies.goLive(policy.id(), policy.revision(), version, scope)) {
			return lostRace(input.policyId(), input.expectedRevision(), scope);
		}
		TrustPolicy live = find(policy.id(), scope);
		this.listeners.forEach(listener -> listener.trustPolicyPublished(live, version));
		return TrustPolicyPayload.of(live);
	}

	private TrustPolicyDraft startFromCurrent(TrustPolicy policy, TenantScope scope) {
		TrustPolicyVersion current = current(policy, scope);
		return new TrustPolicyDraft(policy.title(), (current != null) ? current.sections() : List.of(), null, null);
	}

	private TrustPolicyVersion current(TrustPolicy policy, TenantScope scope) {
		if (policy.currentVersionId() == null) {
			return null;
		}
		return this.versions.findAllById(List.of(policy.currentVersionId()), scope).stream().findFirst().orElse(null);
	}

	private static List<PolicySection> checkedSections(List<SectionInput> inputs, List<UserError> errors) {
		if (inputs.size() > SectionChecks.MAX_SECTIONS) {
			errors.add(new UserError(List.of("input", "sections"), UserErrorCode.TOO_LONG,
					"a policy has at most " + SectionChecks.MAX_SECTIONS + " sections"));
			return List.of();
		}
		Set<String> keys = new HashSet<>();
		List<PolicySection> sections = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			List<String> path = List.of("input", "sections", String.valueOf(i));
			List<UserError> sectionErrors = SectionChecks.check(inputs.get(i), path);
			if (sectionErrors.isEmpty() && !keys.add(inputs.get(i).key().strip())) {
				sectionErrors = List.of(new UserError(SectionChecks.append(path, "key"), UserErrorCode.DUPLICATE_KEY,
						"section key '" + inputs.get(i).key() + "' appears twice"));
			}
			errors.addAll(sectionErrors);
			if (sectionErrors.isEmpty()) {
				sections.add(inputs.get(i).toSection());
			}
		}
		return sections;
	}

	/** V1.0 becomes V2.0 for a MAJOR version and V1.1 for a MINOR one. */
	private static String nextLabel(TrustPolicyVersion current, PublicationKind kind, int number) {
		Matcher label = (current != null) ? LABEL.matcher(current.label()) : null;
		if (label == null || !label.matches()) {
			return "V" + number + ".0";
		}
		int major = Integer.parseInt(label.group(1));
		int minor = Integer.parseInt(label.group(2));
		return (kind == PublicationKind.MAJOR) ? "V" + (major + 1) + ".0" : "V" + major + "." + (minor + 1);
	}

	private TrustPolicyPayload lostRace(String policyId, int expected, TenantScope scope) {
		TrustPolicy now = find(policyId, scope);
		return TrustPolicyPayload.refused(now, List.of(Revisions.conflict(now.revision(), expected)));
	}

	private TrustPolicy find(String id, TenantScope scope) {
		return this.policies.findById(id, scope).orElseThrow(() -> new NotFoundException("policy", id));
	}

}
