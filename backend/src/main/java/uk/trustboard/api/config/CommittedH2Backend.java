package uk.trustboard.api.config;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 file store, made crash-safe. Left to itself the store commits to its
 * file from a background thread about once a second, at any moment: a process killed with
 * SIGKILL lost the last second of answered writes (CrashRecoveryTests found it), and a commit
 * taken while a bulk insert is half-way keeps part of it, documents and index entries written
 * separately. Here there is no background commit; each write
 * command commits once it is complete and before its reply is sent, and a commit waits until no
 * write command is half-way (writes share a read lock, the commit takes the write lock). The
 * file is not fsynced: a power cut can still lose what the operating system had not written out.
 */
final class CommittedH2Backend extends H2Backend {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify", "findandmodify",
			"createIndexes", "drop", "dropIndexes", "dropDatabase", "renameCollection", "create");

	private final ReentrantReadWriteLock writing = new ReentrantReadWriteLock();

	private CommittedH2Backend(MVStore store) {
		super(store);
	}

	static CommittedH2Backend open(Path file) {
		return new CommittedH2Backend(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open());
	}

	/** Every command of the drivers this service uses arrives as an OP_MSG message, named by its first key. */
	@Override
	public Document handleMessage(MongoMessage message) {
		if (!WRITES.contains(message.getDocument().keySet().iterator().next())) {
			return super.handleMessage(message);
		}
		Document reply;
		this.writing.readLock().lock();
		try {
			reply = super.handleMessage(message);
		}
		finally {
			this.writing.readLock().unlock();
		}
		this.writing.writeLock().lock();
		try {
			commit();
		}
		finally {
			this.writing.writeLock().unlock();
		}
		return reply;
	}

}
