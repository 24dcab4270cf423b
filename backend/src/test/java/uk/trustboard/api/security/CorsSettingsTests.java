package uk.trustboard.api.security;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With no {@code trustboard.cors.allowed-origins} set, no other site may call the API. */
class CorsSettingsTests {

	@Test
	void noOriginIsAllowedByDefault() throws IOException {
		CorsSettings unset = bind(Map.of());

		MockHttpServletResponse response = preflight(unset, "https://front-end.trustboard.test");

		assertThat(unset.allowedOrigins()).isEmpty();
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
	}

	@Test
	void aConfiguredOriginIsAllowedAndNoOther() throws IOException {
		CorsSettings settings = bind(Map.of("trustboard.cors.allowed-origins",
				"https://front-end.trustboard.test,https://staging.trustboard.test"));

		assertThat(preflight(settings, "https://staging.trustboard.test").getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN))
			.isEqualTo("https://staging.trustboard.test");
		assertThat(preflight(settings, "https://front-end.trustboard.test.evil.example").getStatus()).isEqualTo(403);
	}

	@Test
	void patternsAreRefusedAtStartUp() {
		assertThatThrownBy(() -> bind(Map.of("trustboard.cors.allowed-origins", "*"))).rootCause()
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("exact origins");
	}

	private static CorsSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("trustboard.cors", CorsSettings.class);
	}

	private static MockHttpServletResponse preflight(CorsSettings settings, String origin) throws IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/graphql");
		request.addHeader(HttpHeaders.ORIGIN, origin);
		request.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST");
		MockHttpServletResponse response = new MockHttpServletResponse();
		CorsConfiguration configuration = settings.source("/graphql").getCorsConfiguration(request);
		new DefaultCorsProcessor().processRequest(configuration, request, response);
		return response;
	}

}
