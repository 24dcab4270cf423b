package uk.trustboard.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies {@link RequestLimits} inside graphql-java, each step before the next one could cost
 * much: the variables' size before parsing; the parser's own token and character limits; the
 * document's measured shape before graphql-java validates it (validation also grows with the
 * document); and, once the operation is valid, the caller's cost budget. A refusal aborts with
 * its errors, so no data fetcher runs.
 */
class RequestLimitsInstrumentation extends SimplePerformantInstrumentation {

	private final RequestLimits limits;

	private final CostBuckets buckets;

	private final JsonMapper json;

	private final ParserOptions parserOptions;

	RequestLimitsInstrumentation(RequestLimits limits, CostBuckets buckets, JsonMapper json) {
		this.limits = limits;
		this.buckets = buckets;
		this.json = json;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters()));
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		// graphql-java's parser looks for per-request options here
		input.getGraphQLContext().put(ParserOptions.class, this.parserOptions);
		return input;
	}

	@Override
	public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		Map<String, Object> variables = parameters.getVariables();
		long size = variables.isEmpty() ? 0 : this.json.writeValueAsBytes(variables).length;
		if (size > this.limits.maxVariablesSize().toBytes()) {
			throw refuse(Limit.VARIABLES.exceeded(size, this.limits.maxVariablesSize().toBytes()));
		}
		return SimpleInstrumentationContext.whenCompleted((document, failure) -> {
			GraphQLError refusal = parserRefusal(failure);
			if (refusal != null) {
				throw refuse(refusal);
			}
		});
	}

	/** graphql-java stops parsing at its limits with a syntax error; say which limit instead. */
	private @Nullable GraphQLError parserRefusal(@Nullable Throwable failure) {
		if (failure instanceof ParseCancelledTooManyCharsException) {
			return Limit.CHARACTERS.exceeded(this.limits.maxCharacters());
		}
		if (failure instanceof ParseCancelledTooDeepException) {
			return Limit.DEPTH.exceeded(this.limits.maxDepth());
		}
		if (failure instanceof ParseCancelledException) {
			return Limit.TOKENS.exceeded(this.limits.maxTokens());
		}
		return null;
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		ExecutionInput input = parameters.getExecutionInput();
		QueryShape shape = QueryMeasure.measure(parameters.getSchema(), parameters.getDocument(),
				input.getOperationName(), input.getVariables(), this.limits.listSizeEstimate());
		CostTicket ticket = input.getGraphQLContext().get(CostTicket.class);
		if (ticket != null) {
			ticket.measured(shape);
		}
		List<GraphQLError> errors = refusals(shape);
		if (!errors.isEmpty()) {
			throw new AbortExecutionException(errors);
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		CostTicket ticket = parameters.getExecutionContext().getGraphQLContext().get(CostTicket.class);
		if (ticket != null) {
			CostBuckets.Take take = this.buckets.take(ticket.caller(), ticket.cost());
			ticket.took(take);
			if (!take.granted()) {
				throw refuse(Refusal.rateLimited(ticket.cost(), take.remaining(), take.retryAfterSeconds()));
			}
		}
		return SimpleInstrumentationContext.noOp();
	}

	private List<GraphQLError> refusals(QueryShape shape) {
		List<GraphQLError> errors = new ArrayList<>();
		if (shape.cycle() != null) {
			errors.add(Limit.fragmentCycle(shape.cycle()));
		}
		if (shape.directives() > this.limits.maxDirectives()) {
			errors.add(Limit.DIRECTIVES.exceeded(shape.directives(), this.limits.maxDirectives()));
		}
		if (shape.aliases() > this.limits.maxAliases()) {
			errors.add(Limit.ALIASES.exceeded(shape.aliases(), this.limits.maxAliases()));
		}
		if (shape.fields() > this.limits.maxFields()) {
			errors.add(Limit.FIELDS.exceeded(shape.fields(), this.limits.maxFields()));
		}
		if (shape.depth() > this.limits.maxDepth()) {
			errors.add(Limit.DEPTH.exceeded(shape.depth(), this.limits.maxDepth()));
		}
		if (shape.largestPage() > Paging.MAX_PAGE_SIZE) {
			errors.add(Limit.PAGE.exceeded(shape.largestPage(), Paging.MAX_PAGE_SIZE));
		}
		if (shape.cost() > this.limits.maxCost()) {
			errors.add(Limit.COST.exceeded(shape.cost(), this.limits.maxCost()));
		}
		return errors;
	}

	private static AbortExecutionException refuse(GraphQLError error) {
		return new AbortExecutionException(List.of(error));
	}

}
