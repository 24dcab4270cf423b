package uk.trustboard.api.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves a draft from its base version onto a newer one. Inherited sections simply follow the
 * new base. A base section the trust changed (or dropped) between the two versions, and that the
 * school had also changed (replaced or removed), is a conflict: the school's choice is kept for
 * now, and the head must confirm or redo it before publishing.
 */
final class Rebase {

	private Rebase() {
	}

	static VariantDraft onto(VariantDraft draft, TrustPolicyVersion oldBase, TrustPolicyVersion newBase) {
		Map<String, PolicySection> before = VariantReading.byKey(oldBase);
		Map<String, PolicySection> after = VariantReading.byKey(newBase);
		List<VariantSection> sections = new ArrayList<>();
		Set<String> removed = new LinkedHashSet<>();
		List<RebaseConflict> conflicts = new ArrayList<>(draft.conflicts());
		for (VariantSection section : draft.sections()) {
			String baseKey = section.baseKey();
			boolean trustChanged = baseKey != null && !same(before.get(baseKey), after.get(baseKey));
			switch (section.disposition()) {
				case INHERITED -> {
					if (after.containsKey(baseKey)) {
						sections.add(section);
					}
				}
				case REPLACED -> {
					if (trustChanged) {
						conflicts.add(new RebaseConflict(baseKey, before.get(baseKey), after.get(baseKey), section.ownText()));
					}
					// a replaced section whose base section is gone stays, as the school's own; the
					// conflict on its old base key is resolved by KEEP, REPLACE or REMOVE (VariantSectionEdits)
					sections.add(after.containsKey(baseKey) ? section : VariantSection.added(section.ownText()));
				}
				default -> sections.add(section);
			}
		}
		for (String baseKey : draft.removedBaseKeys()) {
			if (after.containsKey(baseKey)) {
				removed.add(baseKey);
				if (!same(before.get(baseKey), after.get(baseKey))) {
					conflicts.add(new RebaseConflict(baseKey, before.get(baseKey), after.get(baseKey), null));
				}
			}
		}
		// sections new in the trust's version are inherited until the head decides otherwise
		for (PolicySection section : newBase.sections()) {
			boolean accounted = removed.contains(section.key())
					|| sections.stream().anyMatch(existing -> section.key().equals(existing.baseKey()));
			if (!accounted) {
				sections.add(VariantSection.inherited(section.key()));
			}
		}
		return new VariantDraft(draft.policyId(), newBase.number(), draft.details(), sections, List.copyOf(removed),
				conflicts, draft.editedBy(), draft.editedAt());
	}

	private static boolean same(PolicySection one, PolicySection other) {
		if (one == null || other == null) {
			return one == other;
		}
		return SectionChange.sameText(one, other);
	}

}
