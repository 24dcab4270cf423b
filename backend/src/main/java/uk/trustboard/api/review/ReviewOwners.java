package uk.trustboard.api.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.AppointmentRepository;
import uk.trustboard.api.people.AppointmentRole;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.PersonRepository;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.TenantScope;

/**
 * How to reach the owner of a school's review, looked up as it is read, so that it follows the
 * school's people: the e-mail address of the person the document names (the one current person of
 * the school by that name), else, for a head's review, the current headteacher's; else the school's
 * web site. Nothing is guessed (a staff e-mail domain is not an address): with none of these known
 * there is no contact. The trust's own contact details are not recorded, so a trust policy's owner
 * has none. A contact stored with a schedule is kept as it is (Trustboard writes none itself).
 */
@Component
class ReviewOwners {

	private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir",
			"dame");

	private final SchoolRepository schools;

	private final AppointmentRepository appointments;

	private final PersonRepository people;

	ReviewOwners(SchoolRepository schools, AppointmentRepository appointments, PersonRepository people) {
		this.schools = schools;
		this.appointments = appointments;
		this.people = people;
	}

	/** The schedules, each with its owner's contact filled in where it can be; in one query per kind of record. */
	List<ReviewSchedule> withContacts(List<ReviewSchedule> schedules, TenantScope scope) {
		Map<ReviewSchedule, ReviewOwner> owners = owners(schedules, scope);
		return schedules.stream().map(schedule -> schedule.ownedBy(owners.get(schedule))).toList();
	}

	/** Each schedule's owner, with the contact filled in where it can be. */
	Map<ReviewSchedule, ReviewOwner> owners(Collection<ReviewSchedule> schedules, TenantScope scope) {
		List<ReviewSchedule> toLookUp = schedules.stream()
			.filter(schedule -> schedule.schoolId() != null && schedule.owner() != null && schedule.owner().contact() == null)
			.toList();
		Map<ReviewSchedule, ReviewOwner> owners = new HashMap<>();
		schedules.forEach(schedule -> owners.put(schedule, schedule.owner()));
		if (toLookUp.isEmpty()) {
			return owners;
		}
		Set<String> schoolIds = toLookUp.stream().map(ReviewSchedule::schoolId).collect(Collectors.toSet());
		Map<String, School> schoolsById = this.schools.findAllById(schoolIds, scope)
			.stream()
			.collect(Collectors.toMap(School::id, Function.identity()));
		Map<String, String> heads = this.appointments.findBySchoolIds(schoolIds, scope)
			.stream()
			.filter(appointment -> appointment.role() == AppointmentRole.HEADTEACHER && appointment.current())
			.collect(Collectors.toMap(Appointment::schoolId, Appointment::personId, (first, second) -> first));
		Map<String, Person> headPeople = heads.isEmpty() ? Map.of()
				: this.people.findAllById(heads.values(), scope)
					.stream()
					.collect(Collectors.toMap(Person::id, Function.identity()));
		Set<String> names = toLookUp.stream()
			.map(schedule -> schedule.owner().name())
			.filter(Objects::nonNull)
			.flatMap(name -> Stream.of(name, withoutHonorific(name)))
			.collect(Collectors.toSet());
		List<Person> named = names.isEmpty() ? List.of() : this.people.findBySchoolsAndNames(schoolIds, names, scope);
		for (ReviewSchedule schedule : toLookUp) {
			ReviewOwner owner = schedule.owner();
			String contact = namedPersonEmail(owner.name(), schedule.schoolId(), named);
			String head = heads.get(schedule.schoolId());
			if (contact == null && head != null && "Headteacher".equals(owner.role())) {
				contact = email(headPeople.get(head));
			}
			if (contact == null && schoolsById.containsKey(schedule.schoolId())) {
				contact = schoolsById.get(schedule.schoolId()).website();
			}
			owners.put(schedule, new ReviewOwner(owner.role(), owner.name(), contact));
		}
		return owners;
	}

	/** The e-mail address of the one current person of the school the owner's name names, if there is one. */
	private static String namedPersonEmail(String name, String schoolId, List<Person> candidates) {
		if (name == null) {
			return null;
		}
		List<Person> matches = candidates.stream()
			.filter(person -> person.status() != StaffStatus.LEFT)
			.filter(person -> person.schoolIds() != null && person.schoolIds().contains(schoolId))
			.filter(person -> isNamed(person, name))
			.toList();
		return (matches.size() == 1) ? email(matches.get(0)) : null;
	}

	/** "Mr I. Ashmore" names the person "I. Ashmore" whose honorific is Mr (or not recorded). */
	static boolean isNamed(Person person, String name) {
		if (name.equals(person.name())) {
			return true;
		}
		String stated = honorific(name);
		return stated != null && withoutHonorific(name).equals(person.name())
				&& (person.honorific() == null || stated.equals(normalised(person.honorific())));
	}

	private static String email(Person person) {
		boolean current = person != null && person.status() != StaffStatus.LEFT;
		return (current && person.email() != null && !person.email().isBlank()) ? person.email() : null;
	}

	private static String honorific(String name) {
		int space = name.indexOf(' ');
		String first = (space > 0) ? normalised(name.substring(0, space)) : null;
		return (first != null && HONORIFICS.contains(first)) ? first : null;
	}

	private static String withoutHonorific(String name) {
		return (honorific(name) != null) ? name.substring(name.indexOf(' ') + 1).strip() : name;
	}

	private static String normalised(String honorific) {
		return honorific.replace(".", "").strip().toLowerCase(Locale.ROOT);
	}

}
