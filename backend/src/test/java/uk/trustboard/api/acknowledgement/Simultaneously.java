package uk.trustboard.api.acknowledgement;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/** Calls made at one moment: each on a thread of its own, all released together once every thread is waiting. */
final class Simultaneously {

	private Simultaneously() {
	}

	/** The answers in the order of the calls; the first failure if any call failed. */
	static <T> List<T> call(List<Callable<T>> calls) throws Exception {
		var ready = new CountDownLatch(calls.size());
		var go = new CountDownLatch(1);
		List<CompletableFuture<T>> answers = new ArrayList<>();
		for (Callable<T> call : calls) {
			var answer = new CompletableFuture<T>();
			Thread.ofPlatform().start(() -> {
				ready.countDown();
				try {
					go.await();
					answer.complete(call.call());
				}
				catch (Throwable ex) {
					answer.completeExceptionally(ex);
				}
			});
			answers.add(answer);
		}
		ready.await();
		go.countDown();
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get();
		return answers.stream().map(CompletableFuture::join).toList();
	}

}
