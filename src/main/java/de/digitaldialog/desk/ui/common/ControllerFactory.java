package de.digitaldialog.desk.ui.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.util.Callback;

/**
 * Builds controllers (and their view models) by constructor injection, for
 * {@link javafx.fxml.FXMLLoader#setControllerFactory}. A constructor parameter gets the
 * registered instance of its type; a parameter whose type is a concrete class of the ui package
 * and not registered (a view model) is built the same way, fresh for each injection.
 * No static state: each window has its own factory.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private static final String UI_PACKAGE = "de.digitaldialog.desk.ui.";

    private final Map<Class<?>, Object> instances = new LinkedHashMap<>();

    public <T> ControllerFactory register(Class<T> type, T instance) {
        instances.put(type, type.cast(instance));
        return this;
    }

    public <T> T get(Class<T> type) {
        return type.cast(resolve(type, 0));
    }

    @Override
    public Object call(Class<?> type) {
        return build(type, 0);
    }

    private Object resolve(Class<?> type, int depth) {
        Object registered = instances.get(type);
        if (registered != null) {
            return registered;
        }
        for (Map.Entry<Class<?>, Object> entry : instances.entrySet()) {
            if (type.isAssignableFrom(entry.getKey())) {
                return entry.getValue();
            }
        }
        if (type.getName().startsWith(UI_PACKAGE) && !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers())) {
            return build(type, depth + 1);
        }
        throw new IllegalStateException("Nothing to inject for " + type.getName());
    }

    private Object build(Class<?> type, int depth) {
        if (depth > 8) {
            throw new IllegalStateException("Injection too deep at " + type.getName());
        }
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .max((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
                .orElseThrow(() -> new IllegalStateException(type.getName() + " has no public constructor"));
        Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                .map(parameter -> resolve(parameter, depth))
                .toArray();
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot build " + type.getName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }
}
