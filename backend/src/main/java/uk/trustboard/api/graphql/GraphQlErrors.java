package uk.trustboard.api.graphql;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Maps domain exceptions to GraphQL error types; anything unmapped stays an opaque INTERNAL_ERROR. */
@ControllerAdvice
class GraphQlErrors {

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), environment);
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(), environment);
	}

	/** Spring Security's own resolver would say UNAUTHORIZED for some denials; a signed-in caller is FORBIDDEN. */
	@GraphQlExceptionHandler
	GraphQLError forbidden(AccessDeniedException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.FORBIDDEN, "Forbidden: your role does not allow this", environment);
	}

	private static GraphQLError error(ErrorType type, String message, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.build();
	}

}
