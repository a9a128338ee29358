package com.onboarding.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectSignatureTest {

    private final byte[] body = "{\"event\":\"envelope-completed\"}\r\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_signature_by_our_key_over_the_raw_body_verifies() {
        assertThat(ConnectSignature.verifies(body, List.of(ConnectSignature.sign(body, "k1")), List.of("k1"))).isTrue();
    }

    @Test
    void a_tampered_body_does_not_verify() {
        String signature = ConnectSignature.sign(body, "k1");
        byte[] tampered = "{\"event\":\"envelope-completed\"}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ConnectSignature.verifies(tampered, List.of(signature), List.of("k1"))).isFalse();
    }

    @Test
    void a_signature_by_another_key_does_not_verify() {
        assertThat(ConnectSignature.verifies(body, List.of(ConnectSignature.sign(body, "other")), List.of("k1"))).isFalse();
    }

    @Test
    void during_a_key_rotation_either_key_and_any_header_verifies() {
        List<String> keys = List.of("old", "new");
        assertThat(ConnectSignature.verifies(body, List.of("garbage", ConnectSignature.sign(body, "new")), keys)).isTrue();
        assertThat(ConnectSignature.verifies(body, List.of(ConnectSignature.sign(body, "old")), keys)).isTrue();
    }

    @Test
    void no_signature_does_not_verify() {
        assertThat(ConnectSignature.verifies(body, List.of(), List.of("k1"))).isFalse();
    }
}
