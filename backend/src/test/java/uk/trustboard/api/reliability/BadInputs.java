package uk.trustboard.api.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The bad-input corpus: requests a careless or hostile client sends, with the answer each must get. */
final class BadInputs {

	private static final String JSON = "application/json";

	private static final String SCHOOL = "query($id: ID!) { school(id: $id) { name } }";

	private static final String SCHOOLS = "query($first: Int!) { schools(trustId: \"asset-education\", first: $first) { edges { node { id } } } }";

	private static final String DASHBOARD = "query($asOf: Date!) { complianceDashboard(trustId: \"asset-education\", asOf: $asOf) { asOf } }";

	private static final String DETAILS = "mutation($input: UpdateSchoolDetailsInput!) { updateSchoolDetails(input: $input) { school { motto } userErrors { field code message } } }";

	private static final String PUBLISH = "mutation($input: PublishPolicyVariantInput!) { publishPolicyVariant(input: $input) { variant { id } userErrors { code message } } }";

	private static final String ACKNOWLEDGE = "mutation($input: AcknowledgePolicyInput!) { acknowledgePolicy(input: $input) { acknowledgement { id } userErrors { field code message } } }";

	private static final String IMPORT = "mutation($input: ImportStaffInput!) { importStaff(input: $input) { created userErrors { field code message } } }";

	private static final String NOT_AN_ID = "Variable '%s' has an invalid value: an ID must be a string or an integer, not an object";

	private BadInputs() {
	}

	static List<BadInput> all() {
		List<BadInput> all = new ArrayList<>();
		// the HTTP request itself
		all.add(raw("malformed JSON", JSON, "{\"query\": \"{ trusts { name } }\"", 400, "MALFORMED_REQUEST"));
		all.add(raw("JSON that is not an object", JSON, "[\"{ trusts { name } }\"]", 400, "MALFORMED_REQUEST"));
		all.add(raw("empty body", JSON, "", 400, "MALFORMED_REQUEST"));
		all.add(raw("no query", JSON, "{\"variables\": {}}", 400, "MALFORMED_REQUEST"));
		all.add(raw("variables a string", JSON, "{\"query\": \"{ trusts { name } }\", \"variables\": \"x\"}", 400,
				"'variables' must be a JSON object"));
		all.add(raw("variables an array", JSON, "{\"query\": \"{ trusts { name } }\", \"variables\": [1]}", 400,
				"'variables' must be a JSON object"));
		all.add(raw("variables a number", JSON, "{\"query\": \"{ trusts { name } }\", \"variables\": 3}", 400,
				"'variables' must be a JSON object"));
		all.add(raw("operationName an object", JSON, "{\"query\": \"{ trusts { name } }\", \"operationName\": {}}", 400,
				"'operationName' must be a string"));
		// JSON's reader takes a number where a string belongs as its digits: no operation has that name
		all.add(raw("operationName a number", JSON, "{\"query\": \"query a { trusts { name } }\", \"operationName\": 3}", 200,
				"Unknown operation named '3'"));
		all.add(raw("query an object", JSON, "{\"query\": {}}", 400, "'query' must be a string"));
		all.add(raw("extensions a string", JSON, "{\"query\": \"{ trusts { name } }\", \"extensions\": \"x\"}", 400,
				"'extensions' must be a JSON object"));
		all.add(raw("extensions an array", JSON, "{\"query\": \"{ trusts { name } }\", \"extensions\": [1]}", 400,
				"'extensions' must be a JSON object"));
		// the persisted query an operation is named by (Apollo's form: {"version": 1, "sha256Hash": "<id>"})
		all.add(raw("persistedQuery a string", JSON, "{\"query\": \"{ trusts { name } }\", \"extensions\": {\"persistedQuery\": \"x\"}}",
				200, "extensions.persistedQuery must be an object"));
		all.add(raw("persistedQuery a string, no query", JSON, "{\"extensions\": {\"persistedQuery\": \"x\"}}", 200,
				"extensions.persistedQuery must be an object"));
		all.add(raw("persistedQuery without sha256Hash", JSON,
				"{\"query\": \"{ trusts { name } }\", \"extensions\": {\"persistedQuery\": {\"version\": 1}}}", 200,
				"extensions.persistedQuery.sha256Hash must be a string"));
		all.add(raw("sha256Hash a number", JSON,
				"{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": 12}}}", 200,
				"extensions.persistedQuery.sha256Hash must be a string"));
		all.add(raw("persistedQuery version 2", JSON, "{\"extensions\": {\"persistedQuery\": {\"version\": 2, \"sha256Hash\": \""
				+ "0".repeat(64) + "\"}}}", 200, "extensions.persistedQuery.version must be 1"));
		all.add(raw("text/plain content type", "text/plain", body("{ trusts { name } }"), 415, "UNSUPPORTED_MEDIA_TYPE"));
		all.add(raw("form content type", "application/x-www-form-urlencoded", "query=%7B+trusts+%7B+name+%7D+%7D", 415,
				"UNSUPPORTED_MEDIA_TYPE"));
		all.add(raw("no content type", null, body("{ trusts { name } }"), 415, "UNSUPPORTED_MEDIA_TYPE"));
		all.add(new BadInput("invalid UTF-8", JSON, invalidUtf8(), 400, "MALFORMED_REQUEST"));
		// GraphQL documents
		all.add(graphql("syntax error", "{ trusts { name }", Map.of(), "InvalidSyntax"));
		all.add(raw("unknown operation name", JSON, "{\"query\": \"query a { trusts { name } }\", \"operationName\": \"b\"}", 200,
				"Unknown operation named 'b'"));
		all.add(graphql("unknown field", "{ trusts { nmae } }", Map.of(), "FieldUndefined"));
		all.add(graphql("unknown argument", "{ school(id: \"lunsford-primary\", bogus: 1) { name } }", Map.of(),
				"UnknownArgument"));
		all.add(graphql("unknown input field", DETAILS, Map.of("input", Map.of("schoolId", "lunsford-primary", "bogus", "x")),
				"field name 'bogus' that is not defined for input object type 'UpdateSchoolDetailsInput'"));
		all.add(graphql("missing required argument", "{ school { name } }", Map.of(), "MissingFieldArgument"));
		all.add(graphql("null for a required input field", ACKNOWLEDGE, Map.of("input", Collections.singletonMap("variantId", null)),
				"Field 'variantId' has coerced Null value for NonNull type 'ID!'"));
		// types, enums, dates and ids
		all.add(graphql("string for an Int", SCHOOLS, Map.of("first", "ten"),
				"Variable 'first' has an invalid value: Expected a value that can be converted to type 'Int' but it was a 'String'"));
		all.add(graphql("Int larger than 32 bits", SCHOOLS, Map.of("first", 99_999_999_999L),
				"'first' must be between 1 and 100, was 99999999999"));
		all.add(graphql("page size out of range", SCHOOLS, Map.of("first", -1), "'first' must be between 1 and 100, was below zero"));
		all.add(graphql("invalid enum value", PUBLISH, Map.of("input", Map.of("variantId", "lunsford-primary--x",
				"expectedRevision", 0, "kind", "HUGE", "summary", "x")),
				"Invalid input for enum 'PublicationKind'. No value found for name 'HUGE'"));
		all.add(graphql("impossible date", DASHBOARD, Map.of("asOf", "2026-02-30"),
				"Variable 'asOf' has an invalid value: '2026-02-30' is not a valid Date: use YYYY-MM-DD"));
		all.add(graphql("date in another format", DASHBOARD, Map.of("asOf", "22/11/2026"),
				"Variable 'asOf' has an invalid value: '22/11/2026' is not a valid Date: use YYYY-MM-DD"));
		all.add(graphql("unknown id", SCHOOL, Map.of("id", "no-such-school"), "NOT_FOUND"));
		all.add(graphql("another trust's school id", SCHOOL, Map.of("id", "not-our-trust-school"), "NOT_FOUND"));
		all.add(graphql("object for an ID", SCHOOL, Map.of("id", Map.of("a", 1)), NOT_AN_ID.formatted("id")));
		// sizes
		all.add(graphql("oversized string", DETAILS, Map.of("input", Map.of("schoolId", "lunsford-primary", "motto",
				"x".repeat(100_000))), "TOO_LONG"));
		all.add(graphql("oversized list", IMPORT, Map.of("input", Map.of("schoolId", "lunsford-primary", "rows",
				Collections.nCopies(5_001, Map.of("externalId", "x", "name", "x", "staffType", "TEACHER")))), "TOO_MANY_ROWS"));
		// MongoDB operators and scripts where a string belongs
		all.add(graphql("query operator for an ID", SCHOOL, Map.of("id", Map.of("$gt", "")), NOT_AN_ID.formatted("id")));
		all.add(graphql("query operator as ID text", SCHOOL, Map.of("id", "{\"$gt\": \"\"}"), "NOT_FOUND"));
		all.add(graphql("$where as ID text", SCHOOL, Map.of("id", "'; return true; var x='"), "NOT_FOUND"));
		all.add(graphql("query operator for a person", ACKNOWLEDGE, Map.of("input", Map.of("variantId",
				"lunsford-primary-social-media", "personId", Map.of("$ne", ""), "evidence", "form")), NOT_AN_ID.formatted("input")));
		all.add(graphql("$where in an inline argument", "{ school(id: {$where: \"1 == 1\"}) { name } }", Map.of(),
				"Invalid syntax with offending token '$' at line 1 column 15"));
		all.add(graphql("operator text as a person", ACKNOWLEDGE, Map.of("input", Map.of("variantId",
				"lunsford-primary-social-media", "personId", "{\"$gt\": \"\"}", "evidence", "form")), "PERSON_NOT_FOUND"));
		// unicode
		all.add(graphql("NUL in an id", SCHOOL, Map.of("id", "lunsford-primary\u0000"), "NOT_FOUND"));
		all.add(graphql("right-to-left override in an id", SCHOOL, Map.of("id", "\u202Eyramirp-drofsnul"), "NOT_FOUND"));
		all.add(graphql("lone surrogate", DETAILS, Map.of("input", Map.of("schoolId", "lunsford-primary", "motto",
				"\uD800")), "INVALID_UNICODE"));
		all.add(graphql("emoji past the length limit", DETAILS, Map.of("input", Map.of("schoolId", "lunsford-primary",
				"motto", "\uD83D\uDE00".repeat(201))), "TOO_LONG"));
		return all;
	}

	static byte[] graphql(String query, Map<String, ?> variables) {
		return JsonMapper.shared().writeValueAsBytes(Map.of("query", query, "variables", variables));
	}

	private static BadInput graphql(String name, String query, Map<String, ?> variables, String expected) {
		return new BadInput(name, JSON, graphql(query, variables), 200, expected);
	}

	private static BadInput raw(String name, String contentType, String body, int status, String expected) {
		return new BadInput(name, contentType, body.getBytes(StandardCharsets.UTF_8), status, expected);
	}

	private static String body(String query) {
		return "{\"query\": \"" + query + "\"}";
	}

	private static byte[] invalidUtf8() {
		byte[] start = "{\"query\": \"{ trusts { name } }\", \"variables\": {\"x\": \"".getBytes(StandardCharsets.UTF_8);
		byte[] bad = { (byte) 0xC0, (byte) 0xAF, (byte) 0xFF };
		byte[] end = "\"}}".getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[start.length + bad.length + end.length];
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(bad, 0, all, start.length, bad.length);
		System.arraycopy(end, 0, all, start.length + bad.length, end.length);
		return all;
	}

}
