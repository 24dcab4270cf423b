package uk.trustboard.api.people;

/**
 * Told after a person's record is written by the staff directory (an import, a leaver), so that
 * what is derived from people (acknowledgement counters) follows within the same request.
 */
public interface StaffChangeListener {

	/**
	 * @param before the person as stored before the write, or null for a new person
	 * @param after the person as stored after it
	 */
	void staffChanged(Person before, Person after);

}
