package com.onboarding.gateway.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Who is told by e-mail when a step needs a person, and how often at most. */
@ConfigMapping(prefix = "gateway.notifications")
public interface NotificationsConfig {

    /** The people (or a shared mailbox) told; none: nobody is e-mailed (occurrences are still recorded). */
    Optional<List<String>> to();

    @WithDefault("onboarding-suite@localhost")
    String from();

    /** At most one e-mail per interval: what occurred meanwhile is grouped into it. */
    @WithDefault("5m")
    Duration interval();

    /** The most occurrences listed in one e-mail; the rest go in the next. */
    @WithDefault("50")
    int maxPerMail();

    /** A step waiting for a person longer than this is told of (once per time it began waiting). */
    @WithDefault("24h")
    Duration waitingLongerThan();

    /** The staff page's address, for links in the e-mail. */
    @WithDefault("http://localhost:8080/")
    String pageUrl();
}
