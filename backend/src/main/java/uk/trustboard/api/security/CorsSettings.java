package uk.trustboard.api.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which browser origins may call the API from another site ({@code trustboard.cors}): the front
 * end's, e.g. {@code https://trustboard.asset-education.org.uk}. None by default, so that no web
 * page can use a visitor's token unless the trust has named it.
 *
 * @param allowedOrigins exact origins (scheme, host and port), no wildcards
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("trustboard.cors")
record CorsSettings(List<String> allowedOrigins, Duration maxAge) {

	CorsSettings {
		allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of();
		maxAge = (maxAge != null) ? maxAge : Duration.ofHours(1);
		if (allowedOrigins.stream().anyMatch(origin -> origin.contains("*"))) {
			throw new IllegalArgumentException("trustboard.cors.allowed-origins takes exact origins, not patterns");
		}
	}

	/** The rules for the GraphQL endpoint and the review feeds, the only paths a front end calls. */
	CorsConfigurationSource source(String graphQlPath) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(this.allowedOrigins);
		cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name()));
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
		cors.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER));
		// bearer tokens only: the browser never needs to send cookies
		cors.setAllowCredentials(false);
		cors.setMaxAge(this.maxAge);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(graphQlPath, cors);
		source.registerCorsConfiguration("/reviews/**", cors);
		return source;
	}

}
