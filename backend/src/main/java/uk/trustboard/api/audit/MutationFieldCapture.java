package uk.trustboard.api.audit;

import java.util.List;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.execution.ExecutionContext;
import graphql.ExecutionResult;

import org.springframework.stereotype.Component;

/**
 * Notes the mutation fields of the operation graphql-java is about to run. A registered operation
 * sent by id has no query text for {@link MutationAudit} to read; the operation that runs is the
 * one place its mutations are known.
 */
@Component
class MutationFieldCapture extends SimplePerformantInstrumentation {

	/** The key under which the running operation's mutation fields are kept in the GraphQL context. */
	static final String FIELDS = MutationFieldCapture.class.getName() + ".fields";

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		OperationDefinition operation = context.getOperationDefinition();
		if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
			List<Field> fields = operation.getSelectionSet().getSelectionsOfType(Field.class);
			context.getGraphQLContext().put(FIELDS, fields);
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
