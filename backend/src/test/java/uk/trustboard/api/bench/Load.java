package uk.trustboard.api.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: a number of clients, each sending its next request as soon as the last one
 * answered, first for a warm-up (not recorded), then for a measured window. A client stops early
 * when it has no more work (distinct people to acknowledge for, say).
 */
final class Load {

	/** One client's next request; false when it has nothing more to send. */
	interface Client {

		boolean next() throws Exception;

	}

	record Result(int clients, long completed, long failed, double seconds, Latencies latencies, String firstFailure) {

		double perSecond() {
			return this.completed / this.seconds;
		}

	}

	private Load() {
	}

	static Result run(List<Client> clients, Duration warmUp, Duration window) throws InterruptedException {
		long start = System.nanoTime();
		long measureFrom = start + warmUp.toNanos();
		long end = measureFrom + window.toNanos();
		List<long[]> samples = new ArrayList<>();
		AtomicInteger failed = new AtomicInteger();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		long[] lastFinish = new long[clients.size()];
		var done = new CountDownLatch(clients.size());
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients.size(); c++) {
			Client client = clients.get(c);
			long[] own = new long[1 << 16];
			int[] size = new int[1];
			int index = c;
			samples.add(null);
			threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
				long[] local = own;
				try {
					while (System.nanoTime() < end) {
						long sent = System.nanoTime();
						boolean more;
						try {
							more = client.next();
						}
						catch (Exception ex) {
							failed.incrementAndGet();
							firstFailure.compareAndSet(null, ex.getMessage());
							continue;
						}
						if (!more) {
							break;
						}
						long answered = System.nanoTime();
						if (sent >= measureFrom && answered <= end) {
							if (size[0] == local.length) {
								local = java.util.Arrays.copyOf(local, local.length * 2);
							}
							local[size[0]++] = answered - sent;
							lastFinish[index] = answered;
						}
					}
				}
				finally {
					synchronized (samples) {
						samples.set(index, java.util.Arrays.copyOf(local, size[0]));
					}
					done.countDown();
				}
			}));
		}
		done.await();
		long[] all = samples.stream().flatMapToLong(java.util.Arrays::stream).toArray();
		long finished = java.util.Arrays.stream(lastFinish).max().orElse(end);
		double seconds = (Math.min(end, Math.max(finished, measureFrom + 1)) - measureFrom) / 1e9;
		return new Result(clients.size(), all.length, failed.get(), seconds, Latencies.of(all), firstFailure.get());
	}

}
