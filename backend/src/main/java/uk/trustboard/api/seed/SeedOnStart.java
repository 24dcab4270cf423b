package uk.trustboard.api.seed;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads seed data on start when asked to (the local run), and runs the reload command:
 * {@code --reload-seed} loads unconditionally; the launcher script then exits.
 */
@Component
class SeedOnStart implements ApplicationRunner {

	static final String RELOAD_OPTION = "reload-seed";

	private final SeedLoader loader;

	private final SeedProperties properties;

	SeedOnStart(SeedLoader loader, SeedProperties properties) {
		this.loader = loader;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean reload = args.containsOption(RELOAD_OPTION);
		if (reload || (this.properties.onStart() == SeedProperties.OnStart.IF_NOT_LOADED && !this.loader.loaded())) {
			this.loader.load(this.properties.dir());
		}
	}

}
