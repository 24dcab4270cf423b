package uk.trustboard.api.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;

/**
 * Applies a head's section changes to a draft, in order, against the draft's base version.
 * Touching a base section that a rebase left in conflict resolves that conflict.
 */
final class VariantSectionEdits {

	private final TrustPolicyVersion base;

	private final List<VariantSection> sections;

	private final Set<String> removed;

	private final List<RebaseConflict> conflicts;

	private final List<UserError> errors = new ArrayList<>();

	VariantSectionEdits(VariantDraft draft, TrustPolicyVersion base) {
		this.base = base;
		this.sections = new ArrayList<>(draft.sections());
		this.removed = new LinkedHashSet<>(draft.removedBaseKeys());
		this.conflicts = new ArrayList<>(draft.conflicts());
	}

	VariantSectionEdits apply(List<VariantSectionChangeInput> changes) {
		for (int i = 0; i < changes.size(); i++) {
			apply(changes.get(i), List.of("input", "sectionChanges", String.valueOf(i)));
		}
		if (this.sections.size() > SectionChecks.MAX_SECTIONS) {
			this.errors.add(SectionChecks.error(List.of("input", "sectionChanges"), UserErrorCode.TOO_LONG,
					"a policy has at most " + SectionChecks.MAX_SECTIONS + " sections"));
		}
		return this;
	}

	private void apply(VariantSectionChangeInput change, List<String> path) {
		if (change.action() == VariantSectionAction.ADD || isAddedSection(change)) {
			applyToAdded(change, path);
			return;
		}
		RebaseConflict dropped = droppedByTheTrust(change.baseKey());
		if (dropped != null) {
			resolveDropped(dropped, change, path);
			return;
		}
		if (!isBaseKey(change.baseKey())) {
			this.errors.add(SectionChecks.error(SectionChecks.append(path, "baseKey"), UserErrorCode.UNKNOWN_SECTION,
					"base version " + this.base.number() + " has no section '" + change.baseKey() + "'"));
			return;
		}
		String baseKey = change.baseKey();
		switch (change.action()) {
			case INHERIT -> put(baseKey, VariantSection.inherited(baseKey));
			case REPLACE -> {
				PolicySection section = checked(change, path);
				if (section == null) {
					return;
				}
				put(baseKey, VariantSection.replacing(baseKey, section));
			}
			case REMOVE -> {
				this.sections.removeIf(section -> baseKey.equals(section.baseKey()));
				this.removed.add(baseKey);
			}
			case KEEP -> { }
			default -> throw new IllegalStateException("unreachable: " + change.action());
		}
		this.conflicts.removeIf(conflict -> conflict.baseKey().equals(baseKey));
	}

	/**
	 * A conflict on a section the school replaced and the trust's new base no longer has. The key
	 * is not in the base, so it cannot be edited as a base section; the rebase kept the school's
	 * text as a section of its own, and the head decides about that: KEEP it, REPLACE its text, or
	 * REMOVE it. There is nothing left to INHERIT.
	 */
	private void resolveDropped(RebaseConflict conflict, VariantSectionChangeInput change, List<String> path) {
		String ownKey = conflict.school().key();
		switch (change.action()) {
			case KEEP -> { }
			case REMOVE -> this.sections.removeIf(section -> isAdded(section, ownKey));
			case REPLACE -> {
				PolicySection section = checked(change, path);
				if (section == null || !putAdded(section, ownKey, path)) {
					return;
				}
			}
			default -> {
				this.errors.add(SectionChecks.error(SectionChecks.append(path, "baseKey"), UserErrorCode.UNKNOWN_SECTION,
						"base version " + this.base.number() + " no longer has section '" + conflict.baseKey()
								+ "', so there is nothing to inherit: KEEP the school's text as its own section, "
								+ "REPLACE it, or REMOVE it"));
				return;
			}
		}
		this.conflicts.remove(conflict);
	}

	/** The open conflict on a base section the trust has dropped, if {@code baseKey} names one. */
	private RebaseConflict droppedByTheTrust(String baseKey) {
		if (baseKey == null || isBaseKey(baseKey)) {
			return null;
		}
		return this.conflicts.stream()
			.filter(conflict -> conflict.baseKey().equals(baseKey) && conflict.newBase() == null && conflict.school() != null)
			.findFirst()
			.orElse(null);
	}

	/** ADD creates or rewrites a section of the school's own; REMOVE with a key drops one. */
	private void applyToAdded(VariantSectionChangeInput change, List<String> path) {
		if (change.action() == VariantSectionAction.REMOVE) {
			this.sections.removeIf(section -> isAdded(section, change.key()));
			return;
		}
		PolicySection section = checked(change, path);
		if (section != null) {
			putAdded(section, section.key(), path);
		}
	}

	/** The change's section, or null with its errors noted. */
	private PolicySection checked(VariantSectionChangeInput change, List<String> path) {
		List<UserError> sectionErrors = SectionChecks.check(change.section(), SectionChecks.append(path, "section"));
		if (!sectionErrors.isEmpty()) {
			this.errors.addAll(sectionErrors);
			return null;
		}
		return change.section().toSection();
	}

	/**
	 * Puts a section of the school's own in place of its own section {@code replacing} (or at the
	 * end); false, with the error noted, when another section already has the new key.
	 */
	private boolean putAdded(PolicySection section, String replacing, List<String> path) {
		boolean clash = this.sections.stream()
			.anyMatch(existing -> existing.key().equals(section.key()) && !isAdded(existing, replacing));
		if (clash) {
			this.errors.add(SectionChecks.error(SectionChecks.append(SectionChecks.append(path, "section"), "key"),
					UserErrorCode.DUPLICATE_KEY, "the draft already has a section '" + section.key() + "'"));
			return false;
		}
		int at = indexOf(existing -> isAdded(existing, replacing));
		if (at >= 0) {
			this.sections.set(at, VariantSection.added(section));
		}
		else {
			this.sections.add(VariantSection.added(section));
		}
		return true;
	}

	private static boolean isAdded(VariantSection section, String key) {
		return section.disposition() == SectionDisposition.ADDED && section.key().equals(key);
	}

	private boolean isAddedSection(VariantSectionChangeInput change) {
		return change.action() == VariantSectionAction.REMOVE && change.baseKey() == null && change.key() != null;
	}

	/** Puts the section for a base key where the old one stood, or at the end. */
	private void put(String baseKey, VariantSection section) {
		this.removed.remove(baseKey);
		int at = indexOf(existing -> baseKey.equals(existing.baseKey()));
		if (at >= 0) {
			this.sections.set(at, section);
		}
		else {
			this.sections.add(section);
		}
	}

	private int indexOf(java.util.function.Predicate<VariantSection> test) {
		for (int i = 0; i < this.sections.size(); i++) {
			if (test.test(this.sections.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private boolean isBaseKey(String key) {
		return key != null && this.base.sections().stream().anyMatch(section -> section.key().equals(key));
	}

	List<UserError> errors() {
		return this.errors;
	}

	List<VariantSection> sections() {
		return List.copyOf(this.sections);
	}

	List<String> removed() {
		return List.copyOf(this.removed);
	}

	List<RebaseConflict> conflicts() {
		return List.copyOf(this.conflicts);
	}

}
