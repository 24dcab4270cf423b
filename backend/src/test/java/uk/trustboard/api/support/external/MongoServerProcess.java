package uk.trustboard.api.support.external;

import java.io.IOException;
import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The embedded MongoDB as a server of its own: a separate JVM that listens on a free port on
 * loopback, prints {@code LISTENING <port>} and serves until its standard input closes, which
 * happens when the test JVM that started it exits, even if that one is killed.
 */
public final class MongoServerProcess {

	static final String READY = "LISTENING ";

	private MongoServerProcess() {
	}

	public static void main(String[] args) throws IOException {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		InetSocketAddress address = server.getLocalAddress();
		System.out.println(READY + address.getPort());
		System.out.flush();
		while (System.in.read() != -1) {
			// nothing to read: the parent never writes; end of input means it is gone
		}
		server.shutdownNow();
	}

}
