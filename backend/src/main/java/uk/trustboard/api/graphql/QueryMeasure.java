package uk.trustboard.api.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * Measures a parsed document before graphql-java validates it, so that an abusive document is
 * refused before anything else works on it. Each fragment is measured once and then counted at
 * every use, so a document whose fragments expand exponentially is still measured in time linear
 * in its length; the document has not been validated, so unknown fields and types are tolerated.
 * <p>
 * The cost estimates how many objects the response can hold:
 * <ul>
 * <li>a leaf field (scalar, enum, {@code __typename}) costs 0;
 * <li>an object field costs 1 plus the cost of its selection;
 * <li>a list field costs 1 plus n times the cost of its selection, where n is the field's
 * {@code first} argument, or for a list inside a connection (its {@code edges}) the connection's
 * {@code first}, or else the list size estimate (10);
 * <li>{@code first} is read as {@link PageSizes} explains.
 * </ul>
 * Aliased fields and repeated fragments are priced each time they appear. Introspection
 * ({@code __schema}, {@code __type}) adds to the field and alias counts only. For example
 * {@code { trusts { name } }} costs 1 + 10 x 0 = 1, and
 * {@code schools(first: 50) { edges { node { name trust { name } } } }} costs 1 + (1 + 50 x (1 + 1)) = 102.
 */
final class QueryMeasure {

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments = new HashMap<>();

	private final PageSizes pageSizes;

	private final long listSize;

	private final Map<String, Tally> measured = new HashMap<>();

	private final Set<String> measuring = new HashSet<>();

	private QueryMeasure(GraphQLSchema schema, Document document, Map<String, Object> variables, long listSize) {
		this.schema = schema;
		this.pageSizes = new PageSizes(document, variables);
		this.listSize = listSize;
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> this.fragments.putIfAbsent(f.getName(), f));
	}

	/** Measures every operation of the document, and prices the one named (or the only one). */
	static QueryShape measure(GraphQLSchema schema, Document document, @Nullable String operationName,
			Map<String, Object> variables, long listSize) {
		QueryMeasure measure = new QueryMeasure(schema, document, variables, listSize);
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		long directives = directives(document);
		Tally all = Tally.NONE;
		Tally executed = null;
		try {
			for (OperationDefinition operation : operations) {
				Tally tally = measure.selectionSet(operation.getSelectionSet(), measure.rootType(operation), null);
				all = all.plus(tally);
				boolean named = operationName != null && operationName.equals(operation.getName());
				if (named || (operationName == null && operations.size() == 1)) {
					executed = tally;
				}
			}
		}
		catch (CycleFound cycle) {
			return new QueryShape(0, 0, 0, 0, directives, 0, cycle.fragment);
		}
		// which operation runs is undetermined, and graphql-java will refuse it: price them all
		long cost = (executed != null) ? executed.cost() : all.cost();
		return new QueryShape(all.depth(), cost, all.fields(), all.aliases(), directives, all.largestPage(), null);
	}

	private Tally selectionSet(@Nullable SelectionSet selectionSet, @Nullable GraphQLCompositeType parent,
			@Nullable Long connectionFirst) {
		Tally total = Tally.NONE;
		if (selectionSet == null) {
			return total;
		}
		for (var selection : selectionSet.getSelections()) {
			Tally tally = switch (selection) {
				case Field field -> field(field, parent, connectionFirst);
				case InlineFragment inline -> selectionSet(inline.getSelectionSet(),
						(inline.getTypeCondition() != null) ? type(inline.getTypeCondition()) : parent, connectionFirst);
				case FragmentSpread spread -> fragment(spread.getName(), connectionFirst);
				default -> Tally.NONE;
			};
			total = total.plus(tally);
		}
		return total;
	}

	private Tally field(Field field, @Nullable GraphQLCompositeType parent, @Nullable Long connectionFirst) {
		GraphQLFieldDefinition definition = definition(parent, field.getName());
		GraphQLType type = (definition != null) ? GraphQLTypeUtil.unwrapNonNull(definition.getType()) : null;
		boolean list = GraphQLTypeUtil.isList(type);
		Long first = this.pageSizes.first(field);
		Tally own = new Tally(1, 0, 1, (field.getAlias() != null) ? 1 : 0, (first != null) ? first : 0);
		if (field.getSelectionSet() == null) {
			return own;
		}
		GraphQLCompositeType fieldType = (type != null
				&& GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLCompositeType composite) ? composite : null;
		// a connection's first sizes the lists it holds (its edges), not the connection itself
		Tally selection = selectionSet(field.getSelectionSet(), fieldType, list ? null : first);
		if (definition == this.schema.getIntrospectionSchemaFieldDefinition()
				|| definition == this.schema.getIntrospectionTypeFieldDefinition()) {
			// graphql-java's good-faith checks bound introspection, which only the local profile allows;
			// its standard query nests type references 13 deep
			return own.plus(new Tally(0, 0, selection.fields(), selection.aliases(), selection.largestPage()));
		}
		long size = !list ? 1 : (first != null) ? first : (connectionFirst != null) ? connectionFirst : this.listSize;
		return own.holding(selection, size);
	}

	private Tally fragment(String name, @Nullable Long connectionFirst) {
		FragmentDefinition fragment = this.fragments.get(name);
		if (fragment == null) {
			return Tally.NONE; // graphql-java's validation names the unknown fragment
		}
		String key = name + "/" + connectionFirst;
		Tally known = this.measured.get(key);
		if (known != null) {
			return known;
		}
		if (!this.measuring.add(name)) {
			throw new CycleFound(name);
		}
		Tally tally = selectionSet(fragment.getSelectionSet(), type(fragment.getTypeCondition()), connectionFirst);
		this.measuring.remove(name);
		this.measured.put(key, tally);
		return tally;
	}

	private @Nullable GraphQLFieldDefinition definition(@Nullable GraphQLCompositeType parent, String name) {
		if (parent != null && parent == this.schema.getQueryType()) {
			if (name.equals(this.schema.getIntrospectionSchemaFieldDefinition().getName())) {
				return this.schema.getIntrospectionSchemaFieldDefinition();
			}
			if (name.equals(this.schema.getIntrospectionTypeFieldDefinition().getName())) {
				return this.schema.getIntrospectionTypeFieldDefinition();
			}
		}
		return (parent instanceof GraphQLFieldsContainer container) ? container.getFieldDefinition(name) : null;
	}

	private @Nullable GraphQLCompositeType type(TypeName name) {
		return (this.schema.getType(name.getName()) instanceof GraphQLCompositeType composite) ? composite : null;
	}

	private @Nullable GraphQLObjectType rootType(OperationDefinition operation) {
		return switch (operation.getOperation()) {
			case QUERY -> this.schema.getQueryType();
			case MUTATION -> this.schema.getMutationType();
			case SUBSCRIPTION -> this.schema.getSubscriptionType();
		};
	}

	/** Counted as written, not expanded: repeating a directive is what floods the validator. */
	private static long directives(Node<?> node) {
		long count = (node instanceof Directive) ? 1 : 0;
		for (Node<?> child : node.getChildren()) {
			count += directives(child);
		}
		return count;
	}

	private static final class CycleFound extends RuntimeException {

		private final String fragment;

		CycleFound(String fragment) {
			super(null, null, false, false);
			this.fragment = fragment;
		}

	}

}
