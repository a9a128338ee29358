package com.onboarding.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeycloakLocationTest {

    @Test
    void a_realm_url_splits_into_keycloaks_url_and_the_realm() {
        assertThat(KeycloakLocation.of("http://localhost:8180/realms/onboarding"))
                .isEqualTo(new KeycloakLocation("http://localhost:8180", "onboarding"));
    }

    @Test
    void keycloak_behind_a_path_and_a_trailing_slash_are_kept_apart() {
        assertThat(KeycloakLocation.of("https://id.example/auth/realms/onboarding/"))
                .isEqualTo(new KeycloakLocation("https://id.example/auth", "onboarding"));
    }

    @Test
    void anything_but_a_realm_url_is_refused_at_start() {
        assertThatThrownBy(() -> KeycloakLocation.of("http://localhost:8180")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeycloakLocation.of("http://localhost:8180/realms/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeycloakLocation.of("/realms/onboarding")).isInstanceOf(IllegalArgumentException.class);
    }
}
