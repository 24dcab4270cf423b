package uk.trustboard.api.acknowledgement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffChangeListener;
import uk.trustboard.api.trust.TrustRepository;

/**
 * Keeps the counters in step with the people they count. A counter counts the acknowledgements
 * of people who must acknowledge now (active, of that school, of a required kind), so a leaver's
 * acknowledgement stops counting and a returner's counts again.
 * <p>
 * Without transactions, an acknowledgement and a change to its person can interleave: the
 * acknowledgement reads the person as active, the person is written as a leaver and the ledger
 * searched for their acknowledgements before this one is stored, and the acknowledgement then
 * counts a leaver. So each acknowledgement carries a {@link CountingMark}: the bucket it is
 * counted in, or null. A mark only moves by a compare-and-set from the value read, and the one
 * call whose set succeeds moves the counter alike with one {@code $inc}: a counter is the sum of
 * its marks, whoever races. Settling a mark reads the person and the rules after the mark and
 * moves it if they disagree; after a move it reads them again, and it stops only when a read
 * finds them agreeing. Each change settles, after its own write, the marks it may affect: a new
 * acknowledgement its own, a change to a person all of theirs then in the ledger, new rules all
 * of the trust's. So the last move is checked by a read made after it, and a change that read
 * missed settles the same mark later; an acknowledgement stored after a leaver's search reads
 * the leaver itself. A process can still stop between a ledger write and the {@code $inc} that
 * follows it: each change notes first in the {@link CounterJournal} what it touches, and
 * {@link CounterRecount} recounts what a note left behind names.
 */
@Component
public class AcknowledgementCounters implements StaffChangeListener {

	private final AcknowledgementRepository ledger;

	private final CounterRepository counters;

	private final AcknowledgementPeople people;

	private final TrustRepository trusts;

	private final CounterJournal journal;

	private final CounterRecount recount;

	AcknowledgementCounters(AcknowledgementRepository ledger, CounterRepository counters, AcknowledgementPeople people,
			TrustRepository trusts, CounterJournal journal, CounterRecount recount) {
		this.ledger = ledger;
		this.counters = counters;
		this.people = people;
		this.trusts = trusts;
		this.journal = journal;
		this.recount = recount;
	}

	/** Notes an acknowledgement about to be written, until {@link #done}: see {@link CounterJournal}. */
	String acknowledging(Acknowledgement acknowledgement) {
		return this.journal.open(acknowledgement.trustId(), List.of(acknowledgement.counterId()), List.of());
	}

	/** Notes new rules about to be written for a trust, until {@link #done}. */
	String rulesChanging(String trustId) {
		return this.journal.openForTrust(trustId);
	}

	void done(String note) {
		this.journal.close(note);
	}

	@Override
	public Runnable changing(String trustId, Collection<String> personIds) {
		if (personIds.isEmpty()) {
			return () -> {
			};
		}
		String note = this.journal.open(trustId, List.of(), personIds);
		return () -> this.journal.close(note);
	}

	/** Counts an acknowledgement this call has just stored, if its person must acknowledge. */
	void acknowledged(Acknowledgement acknowledgement) {
		settle(List.of(CountingMark.uncounted(acknowledgement)));
	}

	@Override
	public void staffChanged(Person before, Person after) {
		if (before == null) {
			return; // someone new: an acknowledgement stored since settles itself
		}
		settle(this.ledger.marksOfPerson(after.trustId(), after.id()));
	}

	/**
	 * After a trust's rules changed: settles the trust's whole ledger, and no other trust's, a
	 * batch at a time. The counters move by each acknowledgement that changed, never by a
	 * rewrite, so acknowledgements counted meanwhile are kept.
	 */
	void rulesChanged(String trustId) {
		this.ledger.forEachBatchOfMarks(trustId, this::settle);
	}

	/** Brings marks, and so their counters, in step with their people and the rules as they are now. */
	private void settle(List<CountingMark> marks) {
		DueMarks dueMarks = new DueMarks(this.people, this.trusts);
		List<CountingMark> open = marks;
		while (!open.isEmpty()) {
			// read after the marks: a change these reads miss comes later and settles the marks itself
			dueMarks.read(open);
			List<CountingMark> again = new ArrayList<>();
			for (CountingMark mark : open) {
				String due = dueMarks.of(mark);
				if (Objects.equals(due, mark.countedAs())) {
					continue;
				}
				if (this.ledger.remark(mark.id(), mark.countedAs(), due)) {
					this.counters.move(mark, mark.countedAs(), due);
					again.add(mark.countedAs(due)); // checked once more against people and rules read after the move
				}
				else {
					this.ledger.markById(mark.id()).ifPresent(again::add); // someone else moved it: start from theirs
				}
			}
			open = again;
		}
	}

	/**
	 * Recounts every counter of every trust from the ledger and the people it names, and returns
	 * the differences: a maintenance command, never a request. See {@link CounterRecount#all}.
	 */
	public List<Difference> repair() {
		return this.recount.all();
	}

	/** Recounts what changes that never finished left noted: see {@link CounterRecount#unfinished}. */
	public List<Difference> recoverUnfinished() {
		return this.recount.unfinished();
	}

	/** A counter that disagreed with the ledger: what it said, and what the recount found. */
	public record Difference(String counterId, long counted, long recounted) {
	}

}
