package uk.trustboard.api.people;

import java.util.Collection;

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

	/**
	 * Told before existing people of a trust are rewritten, so that a listener can note what it is
	 * about to keep in step; the answer is run once every write and {@link #staffChanged} call of
	 * the batch is done (and not if one failed).
	 */
	default Runnable changing(String trustId, Collection<String> personIds) {
		return () -> {
		};
	}

}
