package com.onboarding.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fabric8 and Strimzi model classes keep fields they do not know in an "additional properties" map instead of
 * refusing them; a field there is a typo or a field of no schema, so every nested object is checked for it. Types are
 * checked by the deserialisation itself.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    static void assertNoUnknownFields(Object root, String where) {
        walk(root, where, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Object value, String path, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, seen));
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    throw new AssertionError(path + " has fields that are not in its schema: " + unknown.keySet());
                }
                continue;
            }
            walk(child, path + "." + getter.getName().substring(3), seen);
        }
    }
}
