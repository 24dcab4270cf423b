package uk.trustboard.api.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Matches the children of one batched {@code $in} query back to their parents. */
public final class Batches {

	private Batches() {
	}

	/** Each parent with the children whose key equals the parent's key (an empty list if none). */
	public static <P, C> Map<P, List<C>> children(Collection<P> parents, Function<P, String> parentKey,
			Collection<C> children, Function<C, String> childKey) {
		Map<String, List<C>> byKey = children.stream().collect(Collectors.groupingBy(childKey));
		Map<P, List<C>> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent, byKey.getOrDefault(parentKey.apply(parent), List.of())));
		return result;
	}

	/** Each parent with the one child it refers to; parents whose child is missing are left out (null). */
	public static <P, C> Map<P, C> referenced(Collection<P> parents, Function<P, String> reference,
			Collection<C> children, Function<C, String> childId) {
		Map<String, C> byId = children.stream().collect(Collectors.toMap(childId, Function.identity()));
		Map<P, C> result = new LinkedHashMap<>();
		parents.forEach(parent -> {
			C child = byId.get(reference.apply(parent));
			if (child != null) {
				result.put(parent, child);
			}
		});
		return result;
	}

	/** Each parent with the children it refers to by a list of ids, in the parent's order. */
	public static <P, C> Map<P, List<C>> referencedAll(Collection<P> parents, Function<P, List<String>> references,
			Collection<C> children, Function<C, String> childId) {
		Map<String, C> byId = children.stream().collect(Collectors.toMap(childId, Function.identity()));
		Map<P, List<C>> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent,
				references.apply(parent).stream().map(byId::get).filter(java.util.Objects::nonNull).toList()));
		return result;
	}

	public static <P> List<String> keys(Collection<P> parents, Function<P, String> key) {
		return parents.stream().map(key).distinct().toList();
	}

}
