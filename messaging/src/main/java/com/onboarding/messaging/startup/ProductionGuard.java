package com.onboarding.messaging.startup;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What production must not start with. In the prod profile: every secret key of the service's packaged
 * {@code application.properties} must be set, and not to a value committed there for it in any profile (the sandbox
 * keys, the local database password); every third-party URL must point neither at localhost nor at the sandbox.
 * Each problem names the key and the environment variable that sets it.
 */
public final class ProductionGuard {

    private static final Pattern SECRET = Pattern.compile("(^|[.-])(secret|password|private-key|api-key|api-secret|hmac-keys|client-secret|integration-code)$");
    private static final Pattern URL = Pattern.compile("(^|[.-])url$");
    /** Third-party URLs production may leave unset (comma separated), e.g. Autotask's: its zone is discovered. */
    static final String OPTIONAL = "onboarding.startup-guard.optional";
    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{([^:}]+)(?::([^}]*))?}$");

    private ProductionGuard() {
    }

    /**
     * The problems that stop this service in production, empty when it may start.
     *
     * @param packaged the service's application.properties as packaged (committed)
     * @param system   system properties (-D)
     * @param env      the environment
     */
    public static List<String> problems(Properties packaged, Map<String, String> system, Map<String, String> env) {
        Map<String, Set<String>> committed = committedValues(packaged);
        Set<String> optional = Set.of(packaged.getProperty(OPTIONAL, "").split("\\s*,\\s*"));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> key : committed.entrySet()) {
            String name = key.getKey();
            String value = value(name, packaged, system, env);
            boolean secret = SECRET.matcher(name).find();
            if (!secret && !isThirdPartyUrl(name)) {
                continue;
            }
            if (value == null || value.isBlank()) {
                if (!optional.contains(name)) {
                    problems.add(name + " is not set: set " + variables(name, packaged));
                }
            } else if (secret && key.getValue().contains(value.trim())) {
                problems.add(name + " is the value committed in the repository: set a real one in " + variables(name, packaged));
            } else if (!secret && pointsAtSandbox(value)) {
                problems.add(name + " points at the sandbox or localhost (" + value + "): set the real URL in " + variables(name, packaged));
            }
        }
        return problems;
    }

    /** The variable for a key, and the one its production line refers to (${NAME:...}) when that is another. */
    private static String variables(String name, Properties packaged) {
        String line = packaged.getProperty("%prod." + name, packaged.getProperty(name, ""));
        Matcher expression = EXPRESSION.matcher(line.trim());
        if (expression.matches() && !expression.group(1).equals(envName(name))) {
            return envName(name) + " or " + expression.group(1);
        }
        return envName(name);
    }

    /** Whether this profile selection (quarkus.profile: a comma-separated list, default prod) is production. */
    public static boolean isProduction(String profiles) {
        List<String> active = List.of((profiles == null || profiles.isBlank() ? "prod" : profiles).split(","));
        return active.stream().map(String::trim).noneMatch(p -> p.equals("dev") || p.equals("test"));
    }

    /** Quarkus' environment variable for a key: every character that is not a letter or digit becomes _, upper case. */
    public static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Every key without its profile prefix, with every literal value committed for it (expression defaults included). */
    private static Map<String, Set<String>> committedValues(Properties packaged) {
        Map<String, Set<String>> committed = new LinkedHashMap<>();
        for (String raw : packaged.stringPropertyNames()) {
            String name = raw.startsWith("%") ? raw.substring(raw.indexOf('.') + 1) : raw;
            Set<String> values = committed.computeIfAbsent(name, n -> new LinkedHashSet<>());
            String literal = literal(packaged.getProperty(raw), Map.of(), Map.of());
            if (literal != null && !literal.isBlank()) {
                values.add(literal.trim());
            }
        }
        return committed;
    }

    /** The value production sees: -D, then the environment, then %prod., then the unprofiled line. */
    private static String value(String name, Properties packaged, Map<String, String> system, Map<String, String> env) {
        if (system.containsKey(name)) {
            return system.get(name);
        }
        if (env.containsKey(envName(name))) {
            return env.get(envName(name));
        }
        String line = packaged.getProperty("%prod." + name, packaged.getProperty(name));
        return line == null ? null : literal(line, system, env);
    }

    /** A value, with a whole-value ${NAME:default} expression resolved from -D and the environment. */
    private static String literal(String value, Map<String, String> system, Map<String, String> env) {
        Matcher expression = EXPRESSION.matcher(value.trim());
        if (!expression.matches()) {
            return value;
        }
        String reference = expression.group(1);
        if (system.containsKey(reference)) {
            return system.get(reference);
        }
        if (env.containsKey(reference)) {
            return env.get(reference);
        }
        return expression.group(2);
    }

    private static boolean isThirdPartyUrl(String name) {
        if (!URL.matcher(name).find() || name.contains("jdbc")) {
            return false;
        }
        return !name.startsWith("quarkus.") || name.startsWith("quarkus.oidc.") || name.startsWith("quarkus.rest-client.");
    }

    private static boolean pointsAtSandbox(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("sandbox") || lower.contains("${")) {
            return true;
        }
        try {
            String host = URI.create(value.trim()).getHost();
            return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")
                    || host.equals("0.0.0.0");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
