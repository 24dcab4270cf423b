package uk.trustboard.api.dashboard;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.trustboard.api.channel.Channel;
import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;

/**
 * Whether the people a school names still serve it. A channel keeps naming its managers, and an
 * appointment its holder, after they leave or move to another of the trust's schools; a name
 * counts only while that person is active at the school. One read of the people, by id, for all.
 */
final class CurrentStaff {

	private final Map<String, Person> people;

	/** @param people the people {@link #named} (others are ignored) */
	CurrentStaff(List<Person> people) {
		this.people = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
	}

	/** Everyone these channels name as a manager, and these appointments as holder, each once. */
	static List<String> named(List<Channel> channels, List<Appointment> appointments) {
		return Stream
			.concat(channels.stream().flatMap(channel -> managers(channel).stream()),
					appointments.stream().map(Appointment::personId))
			.distinct()
			.toList();
	}

	/** How many of these channels have no current manager. */
	int unmanaged(List<Channel> channels) {
		return (int) channels.stream().filter(channel -> !managed(channel)).count();
	}

	/** Those of these appointments whose holder is still active at the school. */
	List<Appointment> held(List<Appointment> appointments) {
		return appointments.stream().filter(appointment -> activeAt(appointment.personId(), appointment.schoolId())).toList();
	}

	private boolean managed(Channel channel) {
		return managers(channel).stream().anyMatch(personId -> activeAt(personId, channel.schoolId()));
	}

	private boolean activeAt(String personId, String schoolId) {
		Person person = this.people.get(personId);
		return person != null && person.status() == StaffStatus.ACTIVE && person.schoolIds() != null
				&& person.schoolIds().contains(schoolId);
	}

	private static List<String> managers(Channel channel) {
		return (channel.managerPersonIds() != null) ? channel.managerPersonIds() : List.of();
	}

}
