package uk.trustboard.api.graphql;

import java.util.List;

/** Something wrong with a mutation's input that the user can correct; returned in the payload. */
public record UserError(List<String> field, UserErrorCode code, String message) {

	public static UserError of(String inputField, UserErrorCode code, String message) {
		return new UserError(List.of("input", inputField), code, message);
	}

}
