package uk.trustboard.api.dashboard;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.trustboard.api.channel.Channel;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;

/**
 * Whether a channel still has a manager. A channel keeps naming its managers after they leave or
 * move to another of the trust's schools, so a name counts only while that person is active staff
 * of the channel's school.
 */
final class CurrentManagers {

	private final Map<String, Person> people;

	/** @param people the people {@link #named} by the channels (others are ignored) */
	CurrentManagers(List<Person> people) {
		this.people = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
	}

	/** Everyone these channels name as a manager, each once. */
	static List<String> named(List<Channel> channels) {
		return channels.stream().flatMap(channel -> managers(channel).stream()).distinct().toList();
	}

	/** How many of these channels have no current manager. */
	int unmanaged(List<Channel> channels) {
		return (int) channels.stream().filter(channel -> !managed(channel)).count();
	}

	private boolean managed(Channel channel) {
		return managers(channel).stream()
			.map(this.people::get)
			.anyMatch(person -> person != null && person.status() == StaffStatus.ACTIVE && person.schoolIds() != null
					&& person.schoolIds().contains(channel.schoolId()));
	}

	private static List<String> managers(Channel channel) {
		return (channel.managerPersonIds() != null) ? channel.managerPersonIds() : List.of();
	}

}
