package uk.trustboard.api.channel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;

/**
 * The checks on a channel's fields, shared by adding and updating so that both accept exactly the
 * same values. Each method returns the value to store (stripped) and records what is wrong.
 */
final class ChannelFields {

	static final int MAX_NAME = 200;

	static final int MAX_HANDLE = 100;

	static final int MAX_URL = 500;

	/** Items per list (managers, will post, will not post, moderation rules). */
	static final int MAX_ITEMS = 50;

	static final int MAX_ITEM = 500;

	private static final Pattern URL = Pattern.compile("https?://[^\\s/$.?#][^\\s]*", Pattern.CASE_INSENSITIVE);

	private final List<UserError> errors = new ArrayList<>();

	List<UserError> errors() {
		return this.errors;
	}

	<T> T required(String field, T value) {
		if (value == null) {
			this.errors.add(UserError.of(field, UserErrorCode.REQUIRED, field + " is required"));
		}
		return value;
	}

	String name(String value) {
		String text = text("name", value, MAX_NAME);
		if (text == null) {
			this.errors.add(UserError.of("name", UserErrorCode.REQUIRED, "name is required"));
		}
		return text;
	}

	String handle(String value) {
		return text("handle", value, MAX_HANDLE);
	}

	String url(String value) {
		String text = text("url", value, MAX_URL);
		if (text != null && !URL.matcher(text).matches()) {
			this.errors.add(UserError.of("url", UserErrorCode.INVALID_FORMAT, "url must be an http:// or https:// address"));
		}
		return text;
	}

	/** Free-text items, stripped; a null list is an empty one, a blank item is refused. */
	List<String> items(String field, List<String> values) {
		List<String> items = list(field, values);
		for (int i = 0; i < items.size(); i++) {
			List<String> path = List.of("input", field, String.valueOf(i));
			String item = items.get(i);
			if (item.isEmpty()) {
				this.errors.add(new UserError(path, UserErrorCode.REQUIRED, field + " items must not be blank"));
			}
			else if (item.length() > MAX_ITEM) {
				this.errors.add(new UserError(path, UserErrorCode.TOO_LONG,
						field + " items must be at most " + MAX_ITEM + " characters, was " + item.length()));
			}
		}
		return items;
	}

	/** Person ids as given (stripped); whether they are people of the school is checked by the caller. */
	List<String> personIds(String field, List<String> values) {
		return list(field, values);
	}

	/** A person named twice manages the channel once. */
	static List<String> distinct(List<String> ids) {
		return List.copyOf(new LinkedHashSet<>(ids));
	}

	private List<String> list(String field, List<String> values) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > MAX_ITEMS) {
			this.errors.add(UserError.of(field, UserErrorCode.TOO_LONG,
					field + " may have at most " + MAX_ITEMS + " items, had " + values.size()));
			return List.of();
		}
		return values.stream().map(String::strip).toList();
	}

	/** Stripped text, null when blank, or an error when longer than allowed. */
	private String text(String field, String value, int maxLength) {
		String text = (value != null) ? value.strip() : null;
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (text.length() > maxLength) {
			this.errors.add(UserError.of(field, UserErrorCode.TOO_LONG,
					field + " must be at most " + maxLength + " characters, was " + text.length()));
		}
		return text;
	}

}
