package uk.trustboard.api.graphql;

import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket of cost points per caller, refilled continuously by the clock. A bucket that has
 * refilled completely is the same as no bucket, so those are dropped first when the map is full;
 * if none is full the idlest one goes, and its caller starts again with a full bucket. Either way
 * the memory held stays bounded however many callers appear.
 */
class CostBuckets {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final RequestLimits.Rate rate;

	private final Clock clock;

	CostBuckets(RequestLimits.Rate rate, Clock clock) {
		this.rate = rate;
		this.clock = clock;
	}

	/** Spends the cost from the caller's bucket if it holds that much, else spends nothing. */
	Take take(String caller, long cost) {
		long now = this.clock.millis();
		if (this.buckets.size() >= this.rate.maxCallers() && !this.buckets.containsKey(caller)) {
			evict(now);
		}
		Take[] taken = new Take[1];
		// compute is atomic per caller: two concurrent requests cannot spend the same points
		this.buckets.compute(caller, (key, bucket) -> {
			double points = available(bucket, now);
			if (points >= cost) {
				taken[0] = new Take(true, (long) (points - cost), 0);
				return new Bucket(points - cost, now);
			}
			taken[0] = new Take(false, (long) points, (long) Math.ceil((cost - points) / this.rate.refillPerSecond()));
			return new Bucket(points, now);
		});
		return taken[0];
	}

	/** What the caller could spend now, without spending it. */
	long remaining(String caller) {
		return (long) available(this.buckets.get(caller), this.clock.millis());
	}

	private double available(Bucket bucket, long now) {
		if (bucket == null) {
			return this.rate.capacity();
		}
		// a clock set back gives nothing rather than taking points away
		long elapsed = Math.max(0, now - bucket.updated());
		return Math.min(this.rate.capacity(), bucket.points() + elapsed * this.rate.refillPerSecond() / 1000.0);
	}

	private void evict(long now) {
		this.buckets.values().removeIf(bucket -> available(bucket, now) >= this.rate.capacity());
		while (this.buckets.size() >= this.rate.maxCallers()) {
			this.buckets.entrySet()
				.stream()
				.min(Comparator.comparingLong(entry -> entry.getValue().updated()))
				.ifPresent(idlest -> this.buckets.remove(idlest.getKey(), idlest.getValue()));
		}
	}

	/**
	 * @param granted whether the cost was spent
	 * @param remaining points left in the bucket
	 * @param retryAfterSeconds when refused, how long until the bucket holds the cost
	 */
	record Take(boolean granted, long remaining, long retryAfterSeconds) {

	}

	private record Bucket(double points, long updated) {

	}

}
