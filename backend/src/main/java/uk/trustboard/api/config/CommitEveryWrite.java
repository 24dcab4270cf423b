package uk.trustboard.api.config;

import java.util.Set;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The H2 file store of the embedded server keeps writes in memory and commits them to its file
 * about once a second, so a process killed with SIGKILL lost the last second of writes: an
 * acknowledgement answered as stored could vanish (CrashRecoveryTests showed it). The driver
 * calls this listener on the request's thread after each write and before the write returns,
 * so committing here makes every answered write survive a crash of the process. The file is
 * not fsynced: a power cut can still lose what the operating system had not written out.
 */
final class CommitEveryWrite implements CommandListener {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify", "findandmodify",
			"createIndexes", "drop", "dropIndexes", "dropDatabase", "renameCollection", "create");

	private final H2Backend backend;

	CommitEveryWrite(H2Backend backend) {
		this.backend = backend;
	}

	@Override
	public void commandSucceeded(CommandSucceededEvent event) {
		if (WRITES.contains(event.getCommandName())) {
			this.backend.commit();
		}
	}

}
