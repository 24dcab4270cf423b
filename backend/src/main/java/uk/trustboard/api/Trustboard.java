package uk.trustboard.api;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Trustboard {

	public static void main(String[] args) {
		var context = SpringApplication.run(Trustboard.class, args);
		// the reload command is a one-off: close the database cleanly and exit once it has run
		if (Arrays.asList(args).contains("--reload-seed")) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
