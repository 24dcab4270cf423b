package uk.trustboard.api.trust;

import java.util.EnumSet;
import java.util.Set;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.people.StaffType;

/**
 * A trust's rules for acknowledgements.
 *
 * @param audiences the kinds of people who must acknowledge its schools' policies
 * @param dueWithinDays how long someone has, from publication or from their start date if later
 */
public record AcknowledgementRules(Set<StaffType> audiences, int dueWithinDays) {

	/** Staff, governors and volunteers; a month to read. */
	public static final AcknowledgementRules DEFAULT = new AcknowledgementRules(EnumSet.of(StaffType.TEACHER,
			StaffType.SUPPORT, StaffType.LEADERSHIP, StaffType.GOVERNOR, StaffType.VOLUNTEER), 30);

	/** Whether this person must acknowledge the policies of this school now. */
	public boolean requires(Person person, String schoolId) {
		return person != null && person.status() == StaffStatus.ACTIVE && person.staffType() != null
				&& this.audiences.contains(person.staffType()) && person.schoolIds().contains(schoolId);
	}

}
