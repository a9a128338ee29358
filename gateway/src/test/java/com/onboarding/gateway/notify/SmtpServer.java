package com.onboarding.gateway.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free loopback port, and the gateway configured to e-mail through it. */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    static GreenMail server;

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port), "gateway.notifications.to", "office@msp.example",
                "gateway.notifications.interval", "1s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
