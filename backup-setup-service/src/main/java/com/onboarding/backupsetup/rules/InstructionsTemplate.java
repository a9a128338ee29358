package com.onboarding.backupsetup.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the detailed backup instructions (an HTML template with {@code {{placeholders}}}) with the customer's
 * facts. Values are HTML-escaped (a list becomes list items); a placeholder without a fact is an error rather than a gap in the document.
 */
public final class InstructionsTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*}}");

    private InstructionsTemplate() {
    }

    /** String facts are escaped; a list fact becomes one escaped {@code <li>} per entry. */
    public static String render(String template, Map<String, ?> facts) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!facts.containsKey(name)) {
                throw new IllegalArgumentException("The backup instructions template uses {{" + name
                        + "}}, which is not a known fact: " + facts.keySet());
            }
            Object value = facts.get(name);
            String html = value instanceof java.util.List<?> list
                    ? list.stream().map(entry -> "<li>" + escape(String.valueOf(entry)) + "</li>").reduce("", String::concat)
                    : escape(value == null ? null : String.valueOf(value));
            matcher.appendReplacement(out, Matcher.quoteReplacement(html));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The document's name for a customer. */
    public static String documentName(String pattern, String company) {
        return pattern.replace("{company}", company);
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
