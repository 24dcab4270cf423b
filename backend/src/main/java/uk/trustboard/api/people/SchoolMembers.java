package uk.trustboard.api.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.security.TenantScope;

/**
 * Who may be named at a school (appointed, or made a channel manager): its active people. A
 * person outside the caller's scope is reported exactly like one that does not exist.
 */
@Component
public class SchoolMembers {

	private static final int MAX_ID = 200;

	private final PersonRepository people;

	SchoolMembers(PersonRepository people) {
		this.people = people;
	}

	/** What is wrong with naming this person at the school, at {@code input.<field>}. */
	public List<UserError> checkOne(String schoolId, String personId, String field, TenantScope scope) {
		return check(schoolId, List.of(personId), scope, index -> List.of("input", field));
	}

	/** What is wrong with naming each of these people, at {@code input.<field>.<index>}. */
	public List<UserError> checkAll(String schoolId, List<String> personIds, String field, TenantScope scope) {
		return check(schoolId, personIds, scope, index -> List.of("input", field, String.valueOf(index)));
	}

	private List<UserError> check(String schoolId, List<String> personIds, TenantScope scope,
			Function<Integer, List<String>> path) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		// ids are short slugs: a longer one cannot be a person's, and need not travel to the database
		List<String> plausible = personIds.stream().filter(id -> id.length() <= MAX_ID).distinct().toList();
		Map<String, Person> found = this.people.findAllById(plausible, scope)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		List<UserError> errors = new ArrayList<>();
		for (int i = 0; i < personIds.size(); i++) {
			Person person = found.get(personIds.get(i));
			if (person == null) {
				errors.add(new UserError(path.apply(i), UserErrorCode.PERSON_NOT_FOUND,
						"No person with this id among your schools' people"));
			}
			else if (!activeAt(person, schoolId)) {
				errors.add(new UserError(path.apply(i), UserErrorCode.NOT_STAFF_OF_SCHOOL,
						person.name() + " is not an active person of this school"));
			}
		}
		return errors;
	}

	private static boolean activeAt(Person person, String schoolId) {
		return person.schoolIds() != null && person.schoolIds().contains(schoolId)
				&& person.status() == StaffStatus.ACTIVE;
	}

}
