package uk.trustboard.api.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.AbstractDescribedNode;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.EnumTypeExtensionDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front end builds from schema/ alone: every type, field, argument, input field and enum
 * value carries a description. (Extensions of a type cannot carry one themselves; their fields must.)
 */
class SchemaDescriptionTests {

	@Test
	void everythingInTheSchemaIsDescribed() throws IOException {
		List<String> undescribed = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("schema"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				Document document = Parser.parse(Files.readString(file));
				for (Definition<?> definition : document.getDefinitions()) {
					check(file.getFileName().toString(), definition, undescribed);
				}
			}
		}
		assertThat(undescribed).isEmpty();
	}

	private static void check(String file, Definition<?> definition, List<String> undescribed) {
		switch (definition) {
			case ObjectTypeExtensionDefinition extension -> fields(file, extension.getName(), extension.getFieldDefinitions(), undescribed);
			case ObjectTypeDefinition type -> {
				described(file, type.getName(), type, undescribed);
				fields(file, type.getName(), type.getFieldDefinitions(), undescribed);
			}
			case InputObjectTypeDefinition input -> {
				described(file, input.getName(), input, undescribed);
				input.getInputValueDefinitions()
					.forEach(value -> described(file, input.getName() + "." + value.getName(), value, undescribed));
			}
			case EnumTypeExtensionDefinition extension -> extension.getEnumValueDefinitions()
				.forEach(value -> described(file, extension.getName() + "." + value.getName(), value, undescribed));
			case EnumTypeDefinition type -> {
				described(file, type.getName(), type, undescribed);
				type.getEnumValueDefinitions()
					.forEach(value -> described(file, type.getName() + "." + value.getName(), value, undescribed));
			}
			case ScalarTypeDefinition scalar -> described(file, scalar.getName(), scalar, undescribed);
			default -> {
			}
		}
	}

	private static void fields(String file, String type, List<FieldDefinition> fields, List<String> undescribed) {
		for (FieldDefinition field : fields) {
			described(file, type + "." + field.getName(), field, undescribed);
			field.getInputValueDefinitions()
				.forEach(argument -> described(file, type + "." + field.getName() + "(" + argument.getName() + ")", argument,
						undescribed));
		}
	}

	private static void described(String file, String what, AbstractDescribedNode<?> node, List<String> undescribed) {
		if (node.getDescription() == null || node.getDescription().getContent().isBlank()) {
			undescribed.add(file + ": " + what);
		}
	}

}
