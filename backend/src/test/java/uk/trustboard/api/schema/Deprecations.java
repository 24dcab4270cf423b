package uk.trustboard.api.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import graphql.parser.Parser;

/**
 * The deprecation rule: a field, argument, input field or enum value leaves the schema only in a
 * release after one that deprecated it with {@code @deprecated(reason: "...")}. Read from the
 * canonical print of each version ({@link CombinedSchema}), which writes a bare
 * {@code @deprecated} with graphql-java's default reason: that one does not count as a reason.
 */
final class Deprecations {

	static final String DEFAULT_REASON = "No longer supported";

	private Deprecations() {
	}

	/**
	 * What one version has and the next does not, of the types (or fields, for arguments) both
	 * have; whether the first deprecated it with a reason of its own.
	 *
	 * @param coordinate {@code Type.field}, {@code Type.field(argument:)} or {@code Enum.VALUE}
	 */
	record Removal(String coordinate, boolean deprecated) {
	}

	static List<Removal> removedBetween(String released, String next) {
		Map<String, Member> before = members(released);
		Map<String, Member> after = members(next);
		// a member counts where what holds it stays: a removed type's fields go with the field that returned it
		Set<String> kept = new HashSet<>(after.keySet());
		kept.addAll(typeNames(next));
		List<Removal> removed = new ArrayList<>();
		before.forEach((coordinate, member) -> {
			if (!after.containsKey(coordinate) && kept.contains(member.owner())) {
				removed.add(new Removal(coordinate, hasReason(member.node())));
			}
		});
		return removed;
	}

	/** Members deprecated without a reason of their own. */
	static List<String> withoutReason(String sdl) {
		List<String> bare = new ArrayList<>();
		members(sdl).forEach((coordinate, member) -> {
			if (member.node().hasDirective("deprecated") && !hasReason(member.node())) {
				bare.add(coordinate);
			}
		});
		return bare;
	}

	private static boolean hasReason(DirectivesContainer<?> node) {
		Directive deprecated = node.getDirectives("deprecated").stream().findFirst().orElse(null);
		if (deprecated == null || deprecated.getArgument("reason") == null) {
			return false;
		}
		String reason = (deprecated.getArgument("reason").getValue() instanceof StringValue text) ? text.getValue() : "";
		return !reason.isBlank() && !reason.equals(DEFAULT_REASON);
	}

	/** A member of the schema, and the type (or field, for an argument) it belongs to. */
	private record Member(String owner, DirectivesContainer<?> node) {
	}

	private static Map<String, Member> members(String sdl) {
		Document document = Parser.parse(sdl);
		Map<String, Member> members = new LinkedHashMap<>();
		for (var definition : document.getDefinitions()) {
			switch (definition) {
				case ObjectTypeDefinition type -> fields(type.getName(), type.getFieldDefinitions(), members);
				case InterfaceTypeDefinition type -> fields(type.getName(), type.getFieldDefinitions(), members);
				case InputObjectTypeDefinition type -> type.getInputValueDefinitions()
					.forEach(field -> members.put(type.getName() + "." + field.getName(), new Member(type.getName(), field)));
				case EnumTypeDefinition type -> type.getEnumValueDefinitions()
					.forEach(value -> members.put(type.getName() + "." + value.getName(), new Member(type.getName(), value)));
				default -> {
				}
			}
		}
		return members;
	}

	private static void fields(String type, List<FieldDefinition> fields, Map<String, Member> members) {
		for (FieldDefinition field : fields) {
			String coordinate = type + "." + field.getName();
			members.put(coordinate, new Member(type, field));
			for (InputValueDefinition argument : field.getInputValueDefinitions()) {
				members.put(coordinate + "(" + argument.getName() + ":)", new Member(coordinate, argument));
			}
		}
	}

	private static List<String> typeNames(String sdl) {
		return Parser.parse(sdl)
			.getDefinitionsOfType(TypeDefinition.class)
			.stream()
			.map(TypeDefinition::getName)
			.toList();
	}

}
