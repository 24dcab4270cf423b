package uk.trustboard.api.support.external;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * For the build's second test run (system property {@value #MODE} = {@code process}): starts
 * {@link MongoServerProcess} as a child JVM before any test and points {@link ExternalMongo} at
 * it, so the tests reach MongoDB over TCP through a connection string exactly as they would reach
 * a real server. Does nothing otherwise, or when {@link ExternalMongo#VARIABLE} names a server.
 * Registered in {@code META-INF/services}.
 */
public class MongoServerProcessListener implements LauncherSessionListener {

	static final String MODE = "trustboard.test.external-mongo";

	private Process process;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!"process".equals(System.getProperty(MODE)) || System.getenv(ExternalMongo.VARIABLE) != null) {
			return;
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		try {
			this.process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
					MongoServerProcess.class.getName())
				.redirectErrorStream(true)
				.start();
			var output = new BufferedReader(new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
			String port = awaitPort(output);
			System.setProperty(ExternalMongo.PROPERTY, "mongodb://127.0.0.1:" + port + "/");
			drain(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the MongoDB server process", ex);
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.process != null) {
			try {
				// end of input is the server's signal to stop
				this.process.getOutputStream().close();
				if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
			catch (IOException ex) {
				this.process.destroyForcibly();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			System.clearProperty(ExternalMongo.PROPERTY);
		}
	}

	private String awaitPort(BufferedReader output) throws IOException {
		StringBuilder seen = new StringBuilder();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.startsWith(MongoServerProcess.READY)) {
				return line.substring(MongoServerProcess.READY.length()).trim();
			}
			seen.append(line).append('\n');
		}
		throw new IllegalStateException("The MongoDB server process exited before listening:\n" + seen);
	}

	/** Keeps reading the child's log so that it never blocks on a full pipe. */
	private static void drain(BufferedReader output) {
		Thread drain = new Thread(() -> {
			try {
				while (output.readLine() != null) {
					// discarded: the server logs every connection
				}
			}
			catch (IOException ex) {
				// the process ended
			}
		}, "mongo-server-process-output");
		drain.setDaemon(true);
		drain.start();
	}

}
